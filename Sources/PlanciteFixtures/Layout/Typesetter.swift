/// Turns inline runs into measured words and breaks them greedily into lines.
struct Typesetter {
    let document: CairoDocument

    /// Splits runs into words at whitespace; superscripts and subscripts stay glued to their neighbours.
    func words(_ runs: [InlineRun], settings: TextSettings) -> [SetWord] {
        var words: [SetWord] = []
        var current: [SetFragment] = []
        func flush() {
            if !current.isEmpty { words.append(SetWord(fragments: current)) }
            current = []
        }
        func add(_ text: String, style: InlineStyle) {
            let fragment = makeFragment(text, style: style, settings: settings)
            if let last = current.last, last.face == fragment.face, last.size == fragment.size,
                last.rise == fragment.rise, last.link == fragment.link
            {
                current[current.count - 1] = makeFragment(last.text + text, style: style, settings: settings)
            } else {
                current.append(fragment)
            }
        }
        for run in runs {
            if run.style.script != .base {
                add(run.text, style: run.style)
                continue
            }
            var pending = ""
            for character in run.text {
                if character.isWhitespace {
                    if !pending.isEmpty { add(pending, style: run.style) }
                    pending = ""
                    flush()
                } else {
                    pending.append(character)
                }
            }
            if !pending.isEmpty { add(pending, style: run.style) }
        }
        flush()
        return words
    }

    /// Greedy line breaking to `width`; long URLs break after `/` or `.`, long words break where they must.
    func lines(_ words: [SetWord], width: Double, settings: TextSettings) -> [SetLine] {
        let space = document.width(of: " ", face: FontFace(family: settings.family, bold: settings.bold), size: settings.size)
        var lines: [SetLine] = []
        var current: [SetWord] = []
        var currentWidth = 0.0
        var queue = words[...]
        func flush() {
            guard !current.isEmpty else { return }
            lines.append(Self.line(from: current, space: space))
            current = []
            currentWidth = 0
        }
        while let word = queue.popFirst() {
            let gap = current.isEmpty ? 0 : space
            if currentWidth + gap + word.width <= width + 0.01 {
                current.append(word)
                currentWidth += gap + word.width
                continue
            }
            let available = width - currentWidth - gap
            if let (head, tail) = split(word, available: available, lineIsEmpty: current.isEmpty, settings: settings) {
                current.append(head)
                flush()
                queue.insert(tail, at: queue.startIndex)
            } else if current.isEmpty {
                current.append(word)
                flush()
            } else {
                flush()
                queue.insert(word, at: queue.startIndex)
            }
        }
        flush()
        return lines
    }

    private static func line(from words: [SetWord], space: Double) -> SetLine {
        var placed: [PlacedFragment] = []
        var x = 0.0
        for (index, word) in words.enumerated() {
            if index > 0 { x += space }
            for fragment in word.fragments {
                placed.append(PlacedFragment(x: x, fragment: fragment))
                x += fragment.width
            }
        }
        return SetLine(fragments: placed, width: x)
    }

    func makeFragment(_ text: String, style: InlineStyle, settings: TextSettings) -> SetFragment {
        let face = FontFace(family: settings.family, bold: settings.bold || style.bold, italic: style.italic)
        let size: Double
        let rise: Double
        switch style.script {
        case .base: (size, rise) = (settings.size, 0)
        case .superscript: (size, rise) = (settings.size * 0.6, settings.size * 0.35)
        case .subscript: (size, rise) = (settings.size * 0.6, -settings.size * 0.15)
        }
        return SetFragment(
            text: text, face: face, size: size, rise: rise, link: style.link, script: style.script,
            width: document.width(of: text, face: face, size: size))
    }

    // MARK: Breaking inside words

    /// Splits a one-fragment word so that its head fits `available`, or returns nil when it should move whole.
    private func split(_ word: SetWord, available: Double, lineIsEmpty: Bool, settings: TextSettings) -> (SetWord, SetWord)? {
        guard word.fragments.count == 1, let fragment = word.fragments.first, fragment.script == .base else { return nil }
        let characters = Array(fragment.text)
        let isURL = fragment.text.contains("://") || fragment.text.lowercased().hasPrefix("www.")
        func piece(_ text: String) -> SetFragment {
            with(fragment) {
                $0.text = text
                $0.width = document.width(of: text, face: fragment.face, size: fragment.size)
            }
        }
        if isURL {
            // Break after a slash when possible, else after other URL punctuation; never after a hyphen,
            // and never inside the scheme and host.
            let text = fragment.text
            let hostStart = text.range(of: "://").map { text.distance(from: text.startIndex, to: $0.upperBound) } ?? 0
            let pathStart = characters[hostStart...].firstIndex(of: "/") ?? characters.count
            for marks in ["/", ".?&=#_"] {
                let breaks = characters.indices.filter { index in
                    index >= pathStart && index < characters.count - 2 && marks.contains(characters[index])
                }
                for index in breaks.reversed() {
                    let head = piece(String(characters[...index]))
                    if head.width <= available {
                        return (SetWord(fragments: [head]), SetWord(fragments: [piece(String(characters[(index + 1)...]))]))
                    }
                }
            }
        }
        if settings.hyphenate, !isURL {
            for cut in Self.hyphenationPoints(characters).reversed() {
                let head = piece(String(characters[..<cut]) + "-")
                if head.width <= available {
                    return (SetWord(fragments: [head]), SetWord(fragments: [piece(String(characters[cut...]))]))
                }
            }
        }
        guard lineIsEmpty, fragment.width > available, characters.count > 1 else { return nil }
        // Widths grow with the prefix length, so search for the longest prefix that fits.
        var low = 1
        var high = characters.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if piece(String(characters[..<middle])).width <= available { low = middle } else { high = middle - 1 }
        }
        return (SetWord(fragments: [piece(String(characters[..<low]))]), SetWord(fragments: [piece(String(characters[low...]))]))
    }

    /// Cut positions inside the leading letters of a word, between syllables by a rough rule:
    /// between doubled consonants, vowel-consonant | consonant-vowel, or vowel | consonant-vowel; at least three letters each side.
    static func hyphenationPoints(_ characters: [Character]) -> [Int] {
        let letters = characters.prefix { $0.isLetter }.count
        guard letters >= 6 else { return [] }
        func vowel(_ index: Int) -> Bool { "aeiouyAEIOUY".contains(characters[index]) }
        return (3...(letters - 3)).filter { cut in
            let doubled = characters[cut - 1] == characters[cut] && !vowel(cut)
            let consonantPair = vowel(cut - 2) && !vowel(cut - 1) && !vowel(cut) && vowel(cut + 1)
            let openSyllable = vowel(cut - 1) && !vowel(cut) && vowel(cut + 1)
            return doubled || consonantPair || openSyllable
        }
    }
}
