// Placeholder: replaced by overlays and the HTML report.
