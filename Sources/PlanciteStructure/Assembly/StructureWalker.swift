import Foundation
import PlanciteCore
import PlanciteLayout

/// Walks body blocks in reading order and collects goal, objective and action drafts.
///
/// - A block that `HeadingParser` reads (strictly, unless it is a heading block) starts a goal,
///   objective or action. A heading with no title takes the next short heading or paragraph as
///   its title; a heading with no statement takes the next paragraph (not one ending in `:`).
///   A heading block of the same level right below continues its title.
/// - Context: a goal stays current until the next goal or a plain heading of its heading level
///   or above; an objective and a heading-level action (`Action 3.`) likewise. A repeat of the
///   current goal or objective (a running header left in the body) changes nothing.
/// - Numbered lines (`3.1 Develop …`, list marker `3.1`) are action items only inside a goal,
///   objective or heading-level action. Bullets are action items only right after a sentence
///   that ends in `:` and names a work-level term in lower case (`… action items include:`).
/// - Rows of a table whose header names a work-level term are action items (see
///   `ActionTableSchema`); a row starting in lower case, or unnumbered below a numbered row, is
///   a wrapped cell of the item above; a table the layout split keeps the schema above it.
/// - Table-of-contents entries, dotted-leader lines and the lines of a `Contents` page that end
///   in a page number are skipped.
struct StructureWalker {
    let vocabulary: Vocabulary
    let terms: Vocabulary.TermIndex
    private(set) var goals: [GoalDraft] = []
    private(set) var objectives: [ObjectiveDraft] = []
    var actions: [ActionDraft] = []

    enum Target { case goal(Int), objective(Int), action(Int) }
    struct Pending {
        var target: Target
        var needsTitle: Bool
        var needsStatement: Bool
    }

    var currentGoal: Int?
    var currentObjective: Int?
    var currentHeadingAction: Int?
    var goalHeadingLevel: Int?
    var objectiveHeadingLevel: Int?
    var actionHeadingLevel: Int?
    var pending: Pending?
    var introTerm: String?
    var tables: [Int: ActionTableSchema] = [:]
    /// Schemas read so far, by header cells (nil: not an action table).
    var schemas: [[ActionTableSchema.HeaderCell]: ActionTableSchema?] = [:]
    /// Tables whose header names no work-level term.
    var plainTables: Set<Int> = []
    var contentsPage: Int?
    /// The last level heading, whose title may wrap onto a heading block of its own.
    var titleContinuation: (target: Target, block: Block)?
    /// The last item read from an action table, for cells that wrap onto the next row.
    var lastTableAction: (action: Int, table: Int, agencyTexts: [Int: String])?

    /// Whether blocks that start nothing are passed over from their bytes (`visitPlain`); false
    /// reads every block's text (for tests that compare the two).
    let passesPlainBlocks: Bool

    init(vocabulary: Vocabulary, passesPlainBlocks: Bool = true) {
        self.vocabulary = vocabulary
        self.terms = Vocabulary.TermIndex.of(vocabulary)
        self.passesPlainBlocks = passesPlainBlocks
    }

    var defaultActionTerm: String { vocabulary.action.first ?? "Action" }

    mutating func walk(_ blocks: [Block]) {
        let splitter = BlockSplitter(vocabulary: vocabulary, terms: terms)
        for block in blocks {
            if let parts = splitter.parts(of: block) {
                for part in parts { visit(part) }
            } else {
                visit(block)
            }
        }
    }

    private mutating func visit(_ block: Block) {
        switch block.kind {
        case .header, .footer, .pageNumber, .footnote, .tocEntry: return
        case .tableRow: break
        default:
            // Most blocks start nothing: their text is not built.
            if passesPlainBlocks && visitPlain(block) { return }
        }
        let text = TextNormalizer.normalize(TokenText.text(of: block))
        guard !text.isEmpty, !isContentsLine(block, text: text) else { return }
        if block.kind != .tableRow { lastTableAction = nil }
        if block.kind == .tableRow {
            pending = nil
            introTerm = nil
            visitTableRow(block)
            return
        }
        // A list item's text after its marker (`•`) most often starts no term, its marker starts
        // no number and no intro sentence announced it: that text is then not copied (nil).
        let body: String?
        let marker: String?
        if let listMarker = block.listMarker, !listMarker.isEmpty, !(block.kind == .listItem && introTerm != nil),
            !NumberedItemParser.mayStartWithDigit(listMarker, skippingSpaces: false),
            let length = StructureWalker.asciiPrefixLength(listMarker, of: text),
            !terms.mayMatchStart(of: text[text.utf8.index(text.startIndex, offsetBy: length)...])
        {
            (body, marker) = (nil, listMarker)
        } else {
            (body, marker) = StructureWalker.splitMarker(text, marker: block.listMarker)
        }
        let heading = body.flatMap { HeadingParser.parse($0, terms: terms, strict: block.kind != .heading) }
        if heading == nil, continuesTitle(block, text: text) { return }
        // Most blocks follow no level heading: nothing to clear (clearing destroys a block copy).
        if titleContinuation != nil { titleContinuation = nil }
        if let heading {
            introTerm = nil
            start(heading, block: block)
            return
        }
        if block.kind == .listItem, let term = introTerm, let body {
            pending = nil
            addListAction(block, text: body, marker: marker, term: term)
            return
        }
        introTerm = nil
        if block.kind != .heading, currentGoal != nil || currentObjective != nil || currentHeadingAction != nil {
            if let body, let item = NumberedItemParser.parse(body, marker: marker) {
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
            if isHeading && !heading.title.isEmpty { titleContinuation = (.goal(goals.count - 1), block) }
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
            if isHeading && !heading.title.isEmpty { titleContinuation = (.objective(objectives.count - 1), block) }
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
                if !text.isEmpty { titleContinuation = (.action(actions.count - 1), block) }
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

    /// Appends a heading line that the layout stage set apart from the level heading above it
    /// (same heading level, same page, less than a line below); true when the block was used.
    private mutating func continuesTitle(_ block: Block, text: String) -> Bool {
        guard let (target, previous) = titleContinuation, block.kind == .heading,
            block.headingLevel == previous.headingLevel, block.page == previous.page,
            block.bbox.y0 - previous.bbox.y1 < max(block.bbox.height, 1) * 0.8
        else { return false }
        switch target {
        case .goal(let index):
            goals[index].title += " " + HeadingParser.cleanTitle(text)
            goals[index].blocks.append(block)
        case .objective(let index):
            objectives[index].title += " " + HeadingParser.cleanTitle(text)
            objectives[index].blocks.append(block)
        case .action(let index):
            actions[index].text += " " + text
            actions[index].blocks.append(block)
        }
        titleContinuation = (target, block)
        return true
    }

    /// Takes a title or statement that follows a heading; true when the block was used.
    private mutating func fill(_ block: Block, text: String) -> Bool {
        guard let current = pending else { return false }
        guard block.kind == .heading || block.kind == .paragraph else {
            pending = nil
            return false
        }
        // Only `<= 25` and `> 12` are asked: a count capped at 26 answers both.
        let words = TextScan.wordCount(text, atMost: 26)
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

    mutating func closeContexts(at level: Int?) {
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
}
