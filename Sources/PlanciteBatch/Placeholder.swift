// Placeholder: replaced by the batch stage.
