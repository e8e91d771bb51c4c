#!/usr/bin/env python3
"""Writes the benchmark corpus as fixture markup: one long plan and many short ones.

Everything is invented by a seeded generator, so the same seed gives byte-identical
fixtures (and, through plancite-render, the same PDFs) on every machine.

    python3 Benchmarks/make_corpus.py [--out Benchmarks/corpus] [--seed 2026]
        [--goals 26] [--small 200]

Output: OUT/big/src/plan-400.fixture and OUT/small/src/doc-NNN.fixture. Render them with
`plancite-render --all OUT/big` and `plancite-render --all OUT/small` (run.sh does both).
"""
import argparse
import os
import random

# --- Vocabulary: invented, deliberately bland administrative English. -------------------

TOPICS = [
    ("Safe Drinking Water", "water systems", "utilities"),
    ("Rural Broadband Access", "broadband service", "providers"),
    ("Wildfire Smoke Readiness", "smoke events", "clinics"),
    ("Coastal Erosion", "shoreline loss", "coastal towns"),
    ("Heat Resilience", "extreme heat", "cooling centers"),
    ("Youth Employment", "first jobs", "employers"),
    ("Public Transit Safety", "transit incidents", "transit agencies"),
    ("Food Supply Continuity", "supply disruptions", "food banks"),
    ("Veteran Housing", "housing instability", "landlords"),
    ("Adult Literacy", "reading skills", "libraries"),
    ("Invasive Species Control", "invasive plants", "land managers"),
    ("Grid Reliability", "power outages", "grid operators"),
]
AGENCIES = ["DOE", "EPA", "HHS", "HUD", "DOL", "DOT", "USDA", "ED", "DOI", "DHS", "VA", "SBA", "NSF", "DOC"]
AGENCY_NAMES = {
    "DOE": "Department of Energy", "EPA": "Environmental Protection Agency",
    "HHS": "Department of Health and Human Services", "HUD": "Department of Housing and Urban Development",
    "DOL": "Department of Labor", "DOT": "Department of Transportation", "USDA": "Department of Agriculture",
    "ED": "Department of Education", "DOI": "Department of the Interior", "DHS": "Department of Homeland Security",
    "VA": "Department of Veterans Affairs", "SBA": "Small Business Administration",
    "NSF": "National Science Foundation", "DOC": "Department of Commerce",
}
SUBJECTS = [
    "The working group", "Regional offices", "Partner agencies", "Local governments", "Tribal nations",
    "Program staff", "Community organizations", "State coordinators", "The steering committee",
    "Grant recipients", "Field teams", "Independent evaluators",
]
VERBS = [
    "will review", "have documented", "should streamline", "will publish", "reported delays in",
    "will coordinate", "plan to expand", "have struggled with", "will measure", "can simplify",
    "will pilot", "recommended changes to",
]
OBJECTS = [
    "the application process", "eligibility rules", "data sharing agreements", "outreach materials",
    "the annual progress report", "training for frontline staff", "procurement timelines",
    "technical assistance", "performance measures", "the public dashboard", "language access services",
    "inspection schedules", "emergency contact lists", "cost estimates", "regional service maps",
]
TAILS = [
    "before the end of the fiscal year", "in every participating county", "with input from residents",
    "where existing funds allow", "during the first phase of the plan", "for households with the greatest need",
    "across all member agencies", "in consultation with state partners", "without adding new paperwork",
    "as described in the appendix", "using data already collected", "within eighteen months",
]
OPENERS = [
    "In practice,", "Over the past decade,", "As a result,", "For this reason,", "At the same time,",
    "In several regions,", "By contrast,", "Under current rules,", "In the first year,", "More broadly,",
]
NOUNS = [
    "assessment", "survey", "review", "evaluation", "inventory", "audit", "study", "analysis", "census", "report",
]
AUTHORS = [
    "Office of Program Evaluation", "Center for Public Service Research", "Regional Planning Council",
    "National Institute for Community Systems", "Bureau of Field Operations", "Council on Rural Affairs",
    "Institute for Infrastructure Studies", "Commission on Public Health Practice",
]
ACTION_VERBS = [
    "Develop", "Publish", "Fund", "Establish", "Expand", "Convene", "Update", "Pilot", "Train", "Map",
    "Streamline", "Evaluate", "Issue", "Coordinate",
]
GOAL_WORDS = [
    "Reliable", "Fair", "Faster", "Safer", "Coordinated", "Lasting", "Accessible", "Transparent", "Stronger",
    "Affordable", "Prepared", "Healthy",
]
GOAL_NOUNS = [
    "Services", "Access", "Recovery", "Communities", "Infrastructure", "Workforce", "Information", "Housing",
    "Oversight", "Partnerships", "Response", "Data",
]


class Writer:
    """Builds one fixture's markup with continuous note numbering."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.note = 0
        self.first_note_of = {}  # source key -> note number, for supra references
        self.last_source = None

    def add(self, *lines):
        self.lines.extend(lines)

    def text(self):
        return "\n".join(self.lines) + "\n"

    # Sentences and paragraphs --------------------------------------------------------------
    def sentence(self):
        r = self.rng
        words = [r.choice(SUBJECTS), r.choice(VERBS), r.choice(OBJECTS), r.choice(TAILS)]
        if r.random() < 0.35:
            words.insert(0, r.choice(OPENERS))
            words[1] = words[1][0].lower() + words[1][1:]
        if r.random() < 0.15:
            words.append(f"affecting about {r.randint(2, 95) * 1000:,} households")
        return " ".join(words) + "."

    def paragraph(self, sentences, markers=0, footnotes=True):
        """A paragraph with `markers` superscript note markers; returns the markup lines."""
        parts = [self.sentence() for _ in range(sentences)]
        notes = []
        for _ in range(markers):
            self.note += 1
            index = self.rng.randrange(len(parts))
            parts[index] = parts[index] + f"^{{{self.note}}}"
            notes.append(self.note)
        notes.sort()
        self.add(" ".join(parts), "")
        if footnotes:
            for n in notes:
                self.add(f"@footnote {n} {self.note_text(n)}")
            if notes:
                self.add("")
        return notes

    def note_text(self, n):
        """Citation text: full references mixed with Ibid., Id., op. cit. and supra forms."""
        r = self.rng
        roll = r.random()
        if self.last_source is not None and roll < 0.18:
            return f"Ibid., {r.randint(2, 240)}."
        if self.last_source is not None and roll < 0.24:
            return f"Id. at {r.randint(2, 240)}."
        if self.first_note_of and roll < 0.34:
            key = r.choice(sorted(self.first_note_of))
            author = key.split("|")[0]
            if r.random() < 0.5:
                return f"{author}, supra note {self.first_note_of[key]}, at {r.randint(2, 240)}."
            return f"{author}, op. cit., {r.randint(2, 240)}."
        author = r.choice(AUTHORS)
        noun = r.choice(NOUNS)
        topic = r.choice(TOPICS)[0]
        year = r.randint(2009, 2024)
        key = f"{author}|{noun}|{year}"
        self.first_note_of.setdefault(key, n)
        self.last_source = key
        if r.random() < 0.3:
            slug = topic.lower().replace(" ", "-")
            return (f"{author}, *{topic}: A National {noun.title()}* ({year}), "
                    f"[[https://www.example.gov/{slug}/{year}|https://www.example.gov/{slug}/{year}]].")
        return f"{author}, “{topic} {noun.title()},” Working Paper no. {r.randint(1, 60)} ({year}), {r.randint(1, 300)}."

    def bullets(self, count):
        for _ in range(count):
            s = self.sentence()
            self.add(f"- {s}")
        self.add("")

    def agencies(self):
        chosen = self.rng.sample(AGENCIES, self.rng.choice([1, 1, 2, 2, 3]))
        return ", ".join(chosen)

    def action(self, label):
        r = self.rng
        text = f"{r.choice(ACTION_VERBS)} {r.choice(OBJECTS)} {r.choice(TAILS)}"
        if r.random() < 0.4:
            text += f" and report on {r.choice(OBJECTS)}"
        return f"{label} {text} ({self.agencies()})"


def goal_title(rng):
    return f"{rng.choice(GOAL_WORDS)} {rng.choice(GOAL_NOUNS)} for {rng.choice(TOPICS)[1].title()}"


def big_plan(rng, goals):
    """A long plan: front matter, many goals with objectives and actions, footnotes, tables."""
    w = Writer(rng)
    topic = TOPICS[0][0]
    title = f"National Strategic Plan for {topic} and Related Services, 2026–2035"
    w.add(f"@meta title={title}; author=Interagency Benchmark Council; subject=Benchmark corpus; "
          "keywords=benchmark, plan; created=2026-01-15T09:00:00Z",
          "@page letter", "@font serif", "@size 11", "@outline Cover | 1", "@space 140",
          f"# {title}", "", "@space 40", "Issued by the Interagency Benchmark Council", "",
          "@newpage", f"@header {title}", "@footer Page {page}", "# Contents")
    titles = [goal_title(rng) for _ in range(goals)]
    for i, t in enumerate(titles, 1):
        w.add(f"@toc Goal {i}: {t} | {4 + i * 15}")
    w.add("@toc Acronyms | 390", "@newpage", "# Introduction")
    for section in ["Purpose of This Plan", "How the Plan Was Developed", "Guiding Principles", "Reading the Plan"]:
        w.add(f"## {section}")
        for _ in range(4):
            w.paragraph(rng.randint(5, 9), markers=rng.choice([0, 1, 1, 2]))
    objective = 0
    for g, t in enumerate(titles, 1):
        w.add("@newpage", f"@outline Goal {g} | {4 + g * 15}", f"# Goal {g}: {t}", "")
        w.add(f"**Goal {g}: {t}:** " + w.sentence(), "")
        w.add("## Background")
        for _ in range(rng.randint(5, 7)):
            w.paragraph(rng.randint(6, 10), markers=rng.choice([0, 1, 1, 2]))
        w.add("## Challenges")
        w.bullets(rng.randint(4, 7))
        for _ in range(rng.randint(2, 4)):
            w.paragraph(rng.randint(5, 9), markers=rng.choice([0, 1, 2]))
        w.add("## Objectives and Action Items")
        for _ in range(rng.randint(3, 5)):
            objective += 1
            w.add(f"**Objective {objective}: {goal_title(rng)}:** " + w.sentence(), "")
            w.paragraph(rng.randint(4, 8), markers=rng.choice([0, 1]))
            for k in range(1, rng.randint(4, 8)):
                w.add(w.action(f"{objective}.{k}"))
            w.add("")
        w.add("## Measures of Progress", "@table Measure | Baseline | Target | Lead")
        for _ in range(rng.randint(4, 8)):
            w.add(f"| Share of {rng.choice(OBJECTS)} completed {rng.choice(TAILS)} | {rng.randint(5, 60)}% "
                  f"| {rng.randint(61, 99)}% | {w.agencies()}")
        w.add("@endtable", "")
        for _ in range(rng.randint(3, 5)):
            w.paragraph(rng.randint(5, 9), markers=rng.choice([0, 1, 2]))
    w.add("@newpage", "# Acronyms", "@table Acronym | Agency")
    for a in AGENCIES:
        w.add(f"| {a} | {AGENCY_NAMES[a]}")
    w.add("@endtable", "")
    return w.text()


def small_doc(rng, index):
    """A 3–8 page plan or report; the style varies with the index and the seed."""
    w = Writer(rng)
    topic, problem, partners = TOPICS[index % len(TOPICS)]
    title = f"{topic} Action Plan {2020 + index % 7}"
    endnotes = index % 2 == 0
    w.add(f"@meta title={title}; author={rng.choice(AUTHORS)}; subject=Benchmark corpus document {index}",
          "@page " + ("a4" if index % 5 == 0 else "letter"),
          "@font " + ("sans" if index % 3 == 0 else "serif"),
          f"@size {rng.choice([10, 10.5, 11, 11, 12])}")
    if index % 4 == 1:
        w.add("@hyphenate on")
    w.add(f"# {title}", "", f"Prepared for {partners} and residents affected by {problem}.", "",
          f"@header {title}", "@footer {page}")
    goals = rng.randint(2, 4)
    objective = 0
    sections = rng.randint(4, 7)
    for s in range(sections):
        if index % 6 == 2 and s == 1:
            w.add("@columns 2")
        if s < goals:
            w.add(f"## Goal {s + 1}: {goal_title(rng)}", "")
            w.paragraph(rng.randint(4, 8), markers=rng.choice([0, 1, 2]), footnotes=not endnotes)
            for _ in range(rng.randint(1, 3)):
                objective += 1
                w.add(f"**Objective {objective}: {goal_title(rng)}:** " + w.sentence(), "")
                for k in range(1, rng.randint(3, 6)):
                    w.add(w.action(f"{objective}.{k}"))
                w.add("")
        else:
            w.add(f"## {rng.choice(['Implementation', 'Funding', 'Partners', 'Evaluation', 'Outreach'])}", "")
            for _ in range(rng.randint(2, 4)):
                w.paragraph(rng.randint(5, 9), markers=rng.choice([0, 1, 1, 2]), footnotes=not endnotes)
            if rng.random() < 0.5:
                w.bullets(rng.randint(3, 6))
    if index % 6 == 2:
        w.add("@columns 1")
    if endnotes and w.note:
        w.add("@newpage", "# Endnotes")
        for n in range(1, w.note + 1):
            w.add(f"{n}. {w.note_text(n)}")
        w.add("")
    return w.text()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Only rewrite changed files so the renderer's outputs stay fresh only when needed.
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "corpus"))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--goals", type=int, default=59, help="goals in the big plan (about 6.7 pages each)")
    parser.add_argument("--small", type=int, default=200,
                        help="number of small documents")
    args = parser.parse_args()
    write(os.path.join(args.out, "big", "src", "plan-400.fixture"), big_plan(random.Random(args.seed), args.goals))
    for i in range(args.small):
        rng = random.Random(args.seed * 1000 + i)
        write(os.path.join(args.out, "small", "src", f"doc-{i:03d}.fixture"), small_doc(rng, i))
    print(f"wrote 1 big and {args.small} small fixtures under {args.out}")


if __name__ == "__main__":
    main()
