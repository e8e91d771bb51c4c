/// The report's inline style sheet: readable on a phone, printable, no external resources.
///
/// Kept free of `<` and `&` so the page stays well-formed XML.
enum ReportStyle {
    static var css: String {
        let goal = OverlayKind.goal.colour.hex, objective = OverlayKind.objective.colour.hex
        let action = OverlayKind.actionItem.colour.hex
        return """
            :root { --ink: #1b1b1b; --muted: #5c5c5c; --line: #d9d9d9; --bg: #ffffff; --soft: #f5f6f8;
              --error: #c62828; --warning: #b26a00; --info: #1f5fd6; --amb: #fff3c4; --unres: #fde0e0; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 70rem; padding: 1rem; color: var(--ink); background: var(--bg);
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
            h1 { font-size: 1.6rem; margin: 0.2rem 0; }
            h2 { font-size: 1.3rem; margin: 0 0 0.3rem; overflow-wrap: anywhere; }
            h3 { font-size: 1.05rem; margin: 0; display: inline; }
            h4 { font-size: 0.95rem; margin: 0 0 0.3rem; }
            a { color: #1f5fd6; overflow-wrap: anywhere; }
            code { font-size: 0.85em; background: var(--soft); padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
            .meta, .note, figcaption, .page, footer { color: var(--muted); font-size: 0.85rem; }
            .page { white-space: nowrap; }
            .cards { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.6rem 0; padding: 0; list-style: none; }
            .cards li { flex: 1 1 7rem; border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.6rem; background: var(--soft); }
            .cards b { display: block; font-size: 1.3rem; }
            .cards .bad b { color: var(--error); }
            nav ol { padding-left: 1.4rem; }
            section.doc { border-top: 3px solid var(--ink); margin-top: 1.5rem; padding-top: 0.8rem; }
            details { margin: 0.6rem 0; border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.7rem; }
            summary { cursor: pointer; }
            .tree, .tree ul { list-style: none; padding-left: 1.1rem; margin: 0.2rem 0; }
            .tree { padding-left: 0; }
            .tree li { margin: 0.25rem 0; border-left: 2px solid var(--line); padding-left: 0.5rem; }
            .tree li.goal { border-left-color: \(goal); }
            .tree li.objective { border-left-color: \(objective); }
            .tree li.action { border-left-color: \(action); }
            .tag { display: inline-block; color: #fff; border-radius: 3px; padding: 0 0.35em; font-size: 0.8rem; font-weight: 600; }
            .tag.goal { background: \(goal); }
            .tag.objective { background: \(objective); }
            .tag.action { background: \(action); }
            .agency { display: inline-block; border: 1px solid \(action); color: \(action); border-radius: 9px; padding: 0 0.45em; font-size: 0.78rem; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
            th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
            th, .kind { white-space: nowrap; }
            td:last-child { overflow-wrap: anywhere; }
            th { background: var(--soft); }
            tr.ambiguous, tr.ambiguous td { background: var(--amb); }
            tr.unresolved, tr.unresolved td { background: var(--unres); }
            .kind { font-size: 0.78rem; border-radius: 3px; padding: 0 0.3em; background: var(--soft); border: 1px solid var(--line); }
            .kind.ibid, .kind.id, .kind.op-cit, .kind.supra { background: #e8efff; border-color: #b9c9f0; }
            .chip { display: inline-block; border-radius: 9px; padding: 0 0.45em; font-size: 0.78rem; border: 1px solid var(--line); background: var(--soft); }
            .chip.ambiguous { background: var(--amb); border-color: #e0b800; }
            .chip.unresolved { background: var(--unres); border-color: var(--error); color: var(--error); }
            .chip.uncited { color: var(--muted); }
            .arrow { color: var(--muted); }
            .chain a { font-weight: 600; }
            table.notes td:nth-child(4) code { white-space: nowrap; }
            .urls { font-size: 0.8rem; }
            .problem { color: var(--error); }
            figure.arcs { margin: 0.4rem 0 0.8rem; }
            figure.arcs svg { max-width: 100%; height: auto; display: block; }
            svg .arc { stroke: #555; stroke-width: 1; }
            svg .arc.ambiguous { stroke: #e0b800; stroke-dasharray: 3 2; }
            svg .dot { fill: #888; }
            svg .dot.ambiguous { fill: #e0b800; }
            svg .dot.unresolved { fill: var(--error); }
            svg text { font-size: 7px; fill: var(--muted); font-family: sans-serif; }
            .finding-page { display: flex; gap: 0.8rem; align-items: flex-start; margin: 0.6rem 0; }
            .finding-list { flex: 1; min-width: 0; }
            .finding-list ol { margin: 0; padding-left: 1.6rem; }
            .finding { margin: 0.2rem 0; overflow-wrap: anywhere; }
            img.thumb { width: 260px; max-width: 40%; height: auto; border: 1px solid var(--line); flex: none; }
            .sev { display: inline-block; min-width: 4.2em; padding: 0 0.35em; text-align: center; border-radius: 3px; color: #fff; font-size: 0.75rem; font-weight: 600; }
            .sev.error { background: var(--error); }
            .sev.warning { background: var(--warning); }
            .sev.info { background: var(--info); }
            .nobox, .empty { color: var(--muted); }
            @media (max-width: 640px) {
              body { padding: 0.6rem; font-size: 14px; }
              .finding-page { flex-direction: column; }
              img.thumb { max-width: 100%; width: 100%; }
              table.notes thead { display: none; }
              table.notes tr { display: block; border-bottom: 1px solid var(--line); padding: 0.3rem 0.2rem; }
              table.notes td { display: inline; border: none; padding: 0 0.4rem 0 0; }
              table.notes td:nth-child(2)::before { content: "p. "; }
              table.notes td:nth-child(4) code { white-space: normal; }
              table.notes td:last-child { display: block; padding-top: 0.2rem; }
              .tree ul { padding-left: 0.6rem; }
            }
            @media print {
              body { max-width: none; font-size: 10pt; padding: 0; }
              nav { display: none; }
              .scroll { overflow: visible; }
              section.doc { break-before: page; border-top: none; }
              details { border: none; padding: 0; }
              summary { list-style: none; font-weight: 600; }
              .finding-page, tr, li { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              tr.ambiguous td, tr.unresolved td, .tag, .sev, .chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """
    }
}
