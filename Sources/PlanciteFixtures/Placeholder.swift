public enum FixturesPlaceholder {}
