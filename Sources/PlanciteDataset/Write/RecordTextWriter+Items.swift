import PlanciteCitations
import PlanciteCore
import PlanciteExtract

/// The items of a document record, members in key order, each with its row's members when a row
/// is written beside it. `DocumentTextTests` checks each against `JSONTextEncoder` and the rows
/// made from the tree, and that these types have the stored properties written here.
extension RecordTextWriter {
    mutating func write(_ goal: GoalRecord) throws {
        beginObject()
        key("bbox"); try box(goal.bbox)
        rowDocument()
        key("id"); string(goal.id)
        rowKey("key", goal.id)
        key("markers"); strings(goal.markers)
        key("number"); integer(goal.number)
        key("page"); integer(goal.page)
        key("statement"); string(goal.statement)
        key("term"); string(goal.term)
        key("title"); string(goal.title)
        endObject()
    }

    mutating func write(_ objective: ObjectiveRecord) throws {
        beginObject()
        key("bbox"); try box(objective.bbox)
        rowDocument()
        key("goal"); string(objective.goal)
        rowKey("goalKey", objective.goal)
        key("id"); string(objective.id)
        rowKey("key", objective.id)
        key("markers"); strings(objective.markers)
        key("number"); string(objective.number)
        key("page"); integer(objective.page)
        key("statement"); string(objective.statement)
        key("term"); string(objective.term)
        key("title"); string(objective.title)
        endObject()
    }

    mutating func write(_ action: ActionItemRecord) throws {
        beginObject()
        key("agencies"); strings(action.agencies)
        key("bbox"); try box(action.bbox)
        rowDocument()
        key("goal"); string(action.goal)
        rowKey("goalKey", action.goal)
        key("id"); string(action.id)
        rowKey("key", action.id)
        key("markers"); strings(action.markers)
        key("number"); string(action.number)
        key("objective"); string(action.objective)
        rowKey("objectiveKey", action.objective)
        key("page"); integer(action.page)
        key("term"); string(action.term)
        key("text"); string(action.text)
        endObject()
    }

    mutating func write(_ marker: MarkerRecord) throws {
        beginObject()
        key("bbox"); try box(marker.bbox)
        key("context"); string(marker.context)
        rowDocument()
        key("id"); string(marker.id)
        rowKey("key", marker.id)
        key("label"); string(marker.label)
        key("note"); string(marker.note)
        rowKey("noteKey", marker.note)
        key("ordinal"); integer(marker.ordinal)
        key("page"); integer(marker.page)
        key("style"); string(marker.style)
        endObject()
    }

    mutating func write(_ note: NoteRecord) throws {
        beginObject()
        key("ambiguous"); bool(note.ambiguous)
        key("antecedent"); string(note.antecedent)
        rowKey("antecedentKey", note.antecedent)
        key("bbox"); try box(note.bbox)
        key("citedBy"); strings(note.citedBy)
        rowDocument()
        key("dois"); strings(note.dois)
        key("footnote"); bool(note.footnote)
        key("id"); string(note.id)
        rowKey("key", note.id)
        key("kind"); string(note.kind)
        key("label"); string(note.label)
        key("ordinal"); integer(note.ordinal)
        key("page"); integer(note.page)
        key("pinpoint"); string(note.pinpoint)
        key("reference"); string(note.reference)
        key("text"); string(note.text)
        key("urls"); strings(note.urls)
        key("years"); integers(note.years)
        endObject()
    }

    mutating func write(_ diagnostic: DiagnosticRecord) throws {
        beginObject()
        key("bbox"); try box(diagnostic.bbox)
        key("code"); string(diagnostic.code)
        rowDocument()
        key("label"); string(diagnostic.label)
        key("message"); string(diagnostic.message)
        key("page")
        if let page = diagnostic.page { integer(page) } else { null() }
        key("severity"); string(diagnostic.severity.rawValue)
        endObject()
    }

    /// A CSL item: its optional members left out when absent, as its synthesised `Encodable` does.
    mutating func write(_ item: CSLItem) {
        beginObject()
        if let doi = item.doi { key("DOI"); string(doi) }
        if let url = item.url { key("URL"); string(url) }
        if let author = item.author {
            key("author")
            beginArray()
            for name in author {
                element()
                write(name)
            }
            endArray()
        }
        if let containerTitle = item.containerTitle { key("container-title"); string(containerTitle) }
        key("id"); string(item.id)
        if let issued = item.issued {
            key("issued")
            beginObject()
            key("date-parts")
            beginArray()
            for parts in issued.dateParts {
                element()
                integers(parts)
            }
            endArray()
            endObject()
        }
        if let note = item.note { key("note"); string(note) }
        if let publisher = item.publisher { key("publisher"); string(publisher) }
        if let title = item.title { key("title"); string(title) }
        key("type"); string(item.type)
        endObject()
    }

    private mutating func write(_ name: CSLName) {
        beginObject()
        if let family = name.family { key("family"); string(family) }
        if let given = name.given { key("given"); string(given) }
        if let literal = name.literal { key("literal"); string(literal) }
        endObject()
    }

    mutating func write(_ source: SourceRecord) {
        beginObject()
        key("bytes"); integer(source.bytes)
        key("pages"); integer(source.pages)
        key("path"); string(source.path)
        key("sha256"); string(source.sha256)
        endObject()
    }

    mutating func write(_ metadata: DocumentMetadata) {
        beginObject()
        key("author"); string(metadata.author)
        key("created"); string(metadata.created)
        key("creator"); string(metadata.creator)
        key("keywords"); string(metadata.keywords)
        key("modified"); string(metadata.modified)
        key("producer"); string(metadata.producer)
        key("subject"); string(metadata.subject)
        key("title"); string(metadata.title)
        endObject()
    }

    /// The period, or `null`.
    mutating func write(_ period: PeriodRecord?) {
        guard let period else { return null() }
        beginObject()
        key("end"); integer(period.end)
        key("start"); integer(period.start)
        endObject()
    }
}
