import Foundation
import PlanciteCore
import PlanciteLayout

/// Action items: numbered lines, bullets after an intro sentence, rows of action tables.
extension StructureWalker {
    mutating func addNumberedAction(_ item: NumberedItemParser.Item, block: Block) {
        if let objective = currentObjective, objectives[objective].number == item.number { return }
        let (text, agencies) = AgencyParser.splitTrailing(item.text)
        actions.append(ActionDraft(
            number: item.number, term: defaultActionTerm, text: text, agencies: agencies,
            blocks: [block], positionGoal: currentGoal, positionObjective: currentObjective,
            parentAction: currentHeadingAction))
    }

    mutating func addListAction(_ block: Block, text: String, marker: String?, term: String) {
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

    /// The schema of a header row; headers repeated on many pages are read once.
    private mutating func schema(header: Block) -> ActionTableSchema? {
        let cells = ActionTableSchema.headerCells(header)
        if let known = schemas[cells] { return known }
        let schema = ActionTableSchema(header: cells, vocabulary: vocabulary, terms: terms)
        schemas[cells] = schema
        return schema
    }

    mutating func visitTableRow(_ block: Block) {
        guard let tableID = block.tableID else { return }
        if block.isHeaderRow {
            if tables[tableID] == nil {
                if let schema = schema(header: block) {
                    tables[tableID] = schema
                } else {
                    plainTables.insert(tableID)
                    lastTableAction = nil
                }
            }
            return
        }
        // A table the layout stage split in two keeps the schema of the part above it.
        if tables[tableID] == nil, !plainTables.contains(tableID), let last = lastTableAction,
            let schema = tables[last.table]
        {
            tables[tableID] = schema
        }
        guard let schema = tables[tableID] else {
            // A row of a table without an action header: a numbered first cell inside a goal,
            // objective or action is an action item, as a numbered line would be.
            guard currentGoal != nil || currentObjective != nil || currentHeadingAction != nil,
                let first = block.cells.min(by: { $0.column < $1.column })
            else { return }
            if let item = NumberedItemParser.parse(TextNormalizer.normalize(TokenText.text(of: first.tokens))) {
                addNumberedAction(item, block: block)
            }
            return
        }
        var text = ActionTableSchema.text(of: block, column: schema.textColumn)
        // A repeated header row: compared cell by cell, each cell's text built only while the ones before it agree.
        if block.cells.count == schema.headerTexts.count,
            zip(block.cells, schema.headerTexts).allSatisfy({
                TextNormalizer.normalize(TokenText.text(of: $0.tokens)) == $1
            })
        {
            return
        }
        let continues = text.isEmpty || text.first!.isLowercase
            || schema.numberColumn == nil && NumberedItemParser.parse(text) == nil
                && lastTableAction.map { actions[$0.action].number != nil } == true
        if continues, var last = lastTableAction, tables[last.table] == schema {
            // A cell that wrapped onto another row continues the item above: the row starts in
            // lower case, or carries no number where the item above had one.
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
            if let item = NumberedItemParser.parse(text) {
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
}
