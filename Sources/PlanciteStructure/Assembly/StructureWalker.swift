import Foundation
import PlanciteCore
import PlanciteLayout

/// Walks body blocks in reading order and collects goal, objective and action drafts.
///
/// Context: a goal stays current until the next goal or a plain heading of its heading level or
/// above; an objective likewise. Unnumbered bullets are action items only after a sentence that
/// ends in `:` and names a work-level term (`… action items include:`). Numbered lines
/// (`3.1 Develop …`) are action items only inside a goal or objective.
struct StructureWalker {
    let vocabulary: Vocabulary
    private(set) var goals: [GoalDraft] = []
    private(set) var objectives: [ObjectiveDraft] = []
    private(set) var actions: [ActionDraft] = []
    private(set) var diagnostics: [Diagnostic] = []

    private enum Target { case goal(Int), objective(Int), action(Int) }
    private struct Pending {
        var target: Target
        var needsTitle: Bool
        var needsStatement: Bool
    }

    private var currentGoal: Int?
    private var currentObjective: Int?
    private var currentHeadingAction: Int?
    private var goalHeadingLevel: Int?
    private var objectiveHeadingLevel: Int?
    private var actionHeadingLevel: Int?
    private var pending: Pending?
    private var introTerm: String?
    private var tables: [Int: ActionTableSchema] = [:]
    private var contentsPage: Int?
    /// The last item read from an action table, for cells that wrap onto the next row.
    private var lastTableAction: (action: Int, table: Int, agencyTexts: [Int: String])?

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    var defaultActionTerm: String { vocabulary.action.first ?? "Action" }

    mutating func walk(_ blocks: [Block]) {
        let splitter = BlockSplitter(vocabulary: vocabulary)
        for block in blocks {
            for part in splitter.split(block) { visit(part) }
        }
    }

    private mutating func visit(_ block: Block) {
        switch block.kind {
        case .header, .footer, .pageNumber, .footnote, .tocEntry: return
        default: break
        }
        let text = TextNormalizer.normalize(block.text)
        guard !text.isEmpty, !isContentsLine(block, text: text) else { return }
        if block.kind != .tableRow { lastTableAction = nil }
        if block.kind == .tableRow {
            pending = nil
            introTerm = nil
            visitTableRow(block)
            return
        }
        let (body, marker) = StructureWalker.splitMarker(text, marker: block.listMarker)
        var headingParser = HeadingParser(body, vocabulary: vocabulary)
        if let heading = headingParser.parse(strict: block.kind != .heading) {
            introTerm = nil
            start(heading, block: block)
            return
        }
        if block.kind == .listItem, let term = introTerm {
            pending = nil
            addListAction(block, text: body, marker: marker, term: term)
            return
        }
        introTerm = nil
        if block.kind != .heading, currentGoal != nil || currentObjective != nil || currentHeadingAction != nil {
            var numbered = NumberedItemParser(body, marker: marker)
            if let item = numbered.parse() {
                pending = nil
                addNumberedAction(item, block: block)
                return
            }
        }
        if fill(block, text: text) { return }
        if block.kind == .heading { closeContexts(at: block.headingLevel) }
        if text.hasSuffix(":"),
            let mention = vocabulary.mentionedLevels(in: StructureWalker.lastSentence(of: text), commonNounsOnly: true)
                .first(where: { $0.level == .action })
        {
            introTerm = mention.term
        }
    }

    // MARK: Levels

    private mutating func start(_ heading: HeadingParser.Heading, block: Block) {
        let isHeading = block.kind == .heading
        let level = isHeading ? block.headingLevel : nil
        if repeatsCurrent(heading) { return }
        switch heading.level {
        case .goal:
            goals.append(GoalDraft(
                number: heading.number.leading, term: heading.term, title: heading.title,
                statement: heading.statement, blocks: [block]))
            currentGoal = goals.count - 1
            currentObjective = nil
            currentHeadingAction = nil
            goalHeadingLevel = level
            pending = Pending(
                target: .goal(goals.count - 1), needsTitle: heading.title.isEmpty,
                needsStatement: heading.statement == nil && isHeading)
        case .objective:
            objectives.append(ObjectiveDraft(
                number: heading.number, term: heading.term, title: heading.title,
                statement: heading.statement, blocks: [block], positionGoal: currentGoal))
            currentObjective = objectives.count - 1
            currentHeadingAction = nil
            objectiveHeadingLevel = level
            pending = Pending(
                target: .objective(objectives.count - 1), needsTitle: heading.title.isEmpty,
                needsStatement: heading.statement == nil && isHeading)
        case .action:
            let (text, agencies) = AgencyParser.splitTrailing(heading.text)
            actions.append(ActionDraft(
                number: heading.number, term: heading.term, text: text, agencies: agencies,
                blocks: [block], positionGoal: currentGoal, positionObjective: currentObjective,
                parentAction: isHeading ? nil : currentHeadingAction))
            if isHeading {
                currentHeadingAction = actions.count - 1
                actionHeadingLevel = level
            }
            pending = text.isEmpty
                ? Pending(target: .action(actions.count - 1), needsTitle: true, needsStatement: false) : nil
        }
    }

    /// True when a goal or objective heading repeats the current one (a running header the
    /// layout stage kept in the body): it must not end the objective or goal it stands in.
    private func repeatsCurrent(_ heading: HeadingParser.Heading) -> Bool {
        switch heading.level {
        case .goal:
            guard let index = currentGoal, currentObjective != nil || currentHeadingAction != nil else { return false }
            return goals[index].number == heading.number.leading
                && EchoMerger.similar(goals[index].title, heading.title) && !heading.title.isEmpty
        case .objective:
            guard let index = currentObjective else { return false }
            let hasItems = actions.last.map { $0.positionObjective == index } ?? false
            return hasItems && objectives[index].number == heading.number
                && EchoMerger.similar(objectives[index].title, heading.title) && !heading.title.isEmpty
        case .action:
            return false
        }
    }

    /// Takes a title or statement that follows a heading; true when the block was used.
    private mutating func fill(_ block: Block, text: String) -> Bool {
        guard let current = pending else { return false }
        guard block.kind == .heading || block.kind == .paragraph else {
            pending = nil
            return false
        }
        let words = text.split(separator: " ").count
        if current.needsTitle && (words <= 25 || block.kind == .heading) {
            setText(HeadingParser.cleanTitle(text), asTitle: true, of: current.target, block: block)
            pending?.needsTitle = false
            if !current.needsStatement || block.kind != .heading && words > 12 { pending = nil }
            return true
        }
        if current.needsStatement, block.kind == .paragraph, !text.hasSuffix(":") {
            setText(text, asTitle: false, of: current.target, block: block)
            pending = nil
            return true
        }
        pending = nil
        return false
    }

    private mutating func setText(_ text: String, asTitle: Bool, of target: Target, block: Block) {
        switch target {
        case .goal(let index):
            if asTitle { goals[index].title = text } else { goals[index].statement = text }
            goals[index].blocks.append(block)
        case .objective(let index):
            if asTitle { objectives[index].title = text } else { objectives[index].statement = text }
            objectives[index].blocks.append(block)
        case .action(let index):
            let (body, agencies) = AgencyParser.splitTrailing(text)
            actions[index].text = body
            actions[index].agencies += agencies
            actions[index].blocks.append(block)
        }
    }

    private mutating func closeContexts(at level: Int?) {
        guard let level else { return }
        if let goalLevel = goalHeadingLevel, level <= goalLevel {
            currentGoal = nil
            currentObjective = nil
            currentHeadingAction = nil
            goalHeadingLevel = nil
        }
        if let objectiveLevel = objectiveHeadingLevel, level <= objectiveLevel {
            currentObjective = nil
            objectiveHeadingLevel = nil
        }
        if let actionLevel = actionHeadingLevel, level <= actionLevel {
            currentHeadingAction = nil
            actionHeadingLevel = nil
        }
    }

    // MARK: Action items

    private mutating func addNumberedAction(_ item: NumberedItemParser.Item, block: Block) {
        if let objective = currentObjective, objectives[objective].number == item.number { return }
        let (text, agencies) = AgencyParser.splitTrailing(item.text)
        actions.append(ActionDraft(
            number: item.number, term: defaultActionTerm, text: text, agencies: agencies,
            blocks: [block], positionGoal: currentGoal, positionObjective: currentObjective,
            parentAction: currentHeadingAction))
    }

    private mutating func addListAction(_ block: Block, text: String, marker: String?, term: String) {
        var number: NumberLabel?
        if let marker, let label = NumberLabel.parse(marker.trimmingCharacters(in: [")", ":"])),
            label.components.count >= 2
        {
            number = label
        }
        let (body, agencies) = AgencyParser.splitTrailing(text)
        actions.append(ActionDraft(
            number: number, term: term, text: body, agencies: agencies, blocks: [block],
            positionGoal: currentGoal, positionObjective: currentObjective,
            parentAction: currentHeadingAction))
    }

    private mutating func visitTableRow(_ block: Block) {
        guard let tableID = block.tableID else { return }
        if block.isHeaderRow {
            if tables[tableID] == nil, let schema = ActionTableSchema(header: block, vocabulary: vocabulary) {
                tables[tableID] = schema
            }
            return
        }
        guard let schema = tables[tableID] else { return }
        var text = ActionTableSchema.text(of: block, column: schema.textColumn)
        if block.cells.map({ TextNormalizer.normalize($0.text) }) == schema.headerTexts { return }
        if text.isEmpty || text.first!.isLowercase, var last = lastTableAction, last.table == tableID {
            // A cell that wrapped onto another row continues the item above.
            if !text.isEmpty { actions[last.action].text += " " + text }
            for column in schema.agencyColumns {
                let cell = ActionTableSchema.text(of: block, column: column)
                if !cell.isEmpty { last.agencyTexts[column, default: ""] += " " + cell }
            }
            let agencies = schema.agencyColumns.flatMap {
                AgencyParser.parseCell(last.agencyTexts[$0, default: ""].trimmingCharacters(in: .whitespaces))
            }
            if !agencies.isEmpty { actions[last.action].agencies = agencies }
            actions[last.action].blocks.append(block)
            lastTableAction = last
            return
        }
        guard !text.isEmpty else { return }
        var number: NumberLabel?
        if let column = schema.numberColumn {
            number = NumberLabel.parse(ActionTableSchema.text(of: block, column: column))
        } else {
            var parser = NumberedItemParser(text)
            if let item = parser.parse() {
                number = item.number
                text = item.text
            }
        }
        var agencies: [String] = []
        var agencyTexts: [Int: String] = [:]
        for column in schema.agencyColumns {
            let cell = ActionTableSchema.text(of: block, column: column)
            agencyTexts[column] = cell
            agencies += AgencyParser.parseCell(cell)
        }
        let (body, trailing) = AgencyParser.splitTrailing(text)
        if agencies.isEmpty { agencies = trailing }
        actions.append(ActionDraft(
            number: number, term: schema.term, text: agencies.isEmpty ? text : body,
            agencies: agencies, blocks: [block], positionGoal: currentGoal,
            positionObjective: currentObjective, parentAction: currentHeadingAction))
        lastTableAction = (actions.count - 1, tableID, agencyTexts)
    }

    // MARK: Echoes

    /// True for a table-of-contents line: a dotted leader and a page number, or any line of the
    /// page a `Contents` heading opened that ends in a page number.
    private mutating func isContentsLine(_ block: Block, text: String) -> Bool {
        let lower = text.lowercased()
        if block.kind == .heading || block.lines.count <= 1,
            lower == "contents" || lower == "table of contents"
        {
            contentsPage = block.page
            return true
        }
        let lines = block.lines.isEmpty ? [text] : block.lines.map { TextNormalizer.normalize($0.text) }
        let leaderLines = lines.filter(StructureWalker.hasLeader).count
        if leaderLines > 0 && leaderLines * 2 >= lines.count { return true }
        if contentsPage == block.page, let last = text.split(separator: " ").last,
            Int(last) != nil || RomanNumeral.value(of: last) != nil && last == last.lowercased()
        {
            return true
        }
        return false
    }

    static func hasLeader(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last.isNumber || last == " " || "ivxlc".contains(last) {
            trimmed = trimmed.dropLast()
        }
        guard trimmed.count < line.count else { return false }
        let tail = trimmed.suffix(8).filter { $0 != " " }
        return tail.count >= 3 && tail.suffix(3).allSatisfy { $0 == "." || $0 == "\u{2026}" || $0 == "·" }
    }

    /// The last sentence of a paragraph (after the last `. ` that follows a word of three letters or more).
    static func lastSentence(of text: String) -> String {
        var start = text.startIndex
        var search = text.startIndex
        while let stop = text.range(of: ". ", range: search..<text.endIndex) {
            let before = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            if before.filter(\.isLetter).count >= 3 { start = stop.upperBound }
            search = stop.upperBound
        }
        return String(text[start...])
    }

    /// The text without its list marker, and the marker.
    static func splitMarker(_ text: String, marker: String?) -> (String, String?) {
        guard let marker, !marker.isEmpty else { return (text, nil) }
        if text.hasPrefix(marker) {
            return (String(text.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces), marker)
        }
        return (text, marker)
    }
}
