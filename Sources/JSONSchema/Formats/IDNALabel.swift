import Foundation

/// IDNA2008 label rules (RFC 5891 section 5.4, RFC 5892, RFC 5893) as far as they can be
/// checked without the full IDNA tables: letters, digits and marks only (RFC 5892's
/// LetterDigits, with its exceptions), stable under NFKC and lower-casing, no leading combining
/// mark, no `--` in positions 3 and 4, the CONTEXTJ/CONTEXTO rules, and the Bidi rule with
/// bidirectional classes approximated by script blocks.
enum IDNALabel {
    /// Code points RFC 5892 section 2.6 makes PVALID or CONTEXTO/J despite their category.
    private static let exceptions: Set<UInt32> = [
        0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007, 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB, 0x200C, 0x200D, 0x2D,
    ]

    static func isValid(_ label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first else { return false }
        if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
        if [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory) { return false }
        let text = String(String.UnicodeScalarView(label))
        guard text.precomposedStringWithCompatibilityMapping == text, text.lowercased() == text else { return false }
        let disallowed: Set<UInt32> = [0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B]
        var hasArabicIndic = false, hasExtendedArabicIndic = false
        for (index, scalar) in label.enumerated() {
            if disallowed.contains(scalar.value) { return false }
            let letterOrDigit = [.lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .decimalNumber].contains(
                scalar.properties.generalCategory)
            guard letterOrDigit || exceptions.contains(scalar.value) else { return false }
            let before = index > 0 ? label[index - 1] : nil
            let after = index + 1 < label.count ? label[index + 1] : nil
            switch scalar.value {
            case 0x200C, 0x200D:
                guard let before, before.properties.canonicalCombiningClass.rawValue == 9 else { return false }
            case 0x00B7:
                guard before == "l", after == "l" else { return false }
            case 0x0375:
                guard let after, isGreek(after) else { return false }
            case 0x05F3, 0x05F4:
                guard let before, (0x0590...0x05FF).contains(before.value) else { return false }
            case 0x30FB:
                guard label.contains(where: { $0.value != 0x30FB && isJapanese($0) }) else { return false }
            case 0x0660...0x0669: hasArabicIndic = true
            case 0x06F0...0x06F9: hasExtendedArabicIndic = true
            default: break
            }
        }
        return !(hasArabicIndic && hasExtendedArabicIndic)
    }

    private static func isGreek(_ scalar: Unicode.Scalar) -> Bool {
        (0x0370...0x03FF).contains(scalar.value) && scalar.value != 0x0375 || (0x1F00...0x1FFF).contains(scalar.value)
    }

    private static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3040...0x30FF).contains(value) || (0x31F0...0x31FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }

    /// The bidirectional class of a scalar, from its block and category (RFC 5893 needs only these).
    enum BidiClass { case l, r, al, an, en, es, nsm, other }

    static func bidiClass(_ scalar: Unicode.Scalar) -> BidiClass {
        let value = scalar.value
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return .nsm }
        switch value {
        case 0x30...0x39, 0xB2, 0xB3, 0xB9, 0x06F0...0x06F9, 0xFF10...0xFF19: return .en
        case 0x0600...0x0605, 0x0660...0x0669, 0x066B, 0x066C, 0x06DD: return .an
        case 0x2B, 0x2D: return .es
        case 0x0590...0x05FF, 0x07C0...0x085F, 0xFB1D...0xFB4F, 0x10800...0x10FFF, 0x1E800...0x1EDFF: return .r
        case 0x0600...0x07BF, 0x0860...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x1EE00...0x1EEFF: return .al
        default: return scalar.properties.isAlphabetic || category == .spacingMark ? .l : .other
        }
    }

    /// The Bidi rule of RFC 5893 section 2, for the labels of a domain that has a right-to-left label.
    static func satisfiesBidiRule(_ labels: [[Unicode.Scalar]]) -> Bool {
        let classes = labels.map { $0.map(bidiClass) }
        guard classes.contains(where: { $0.contains { [.r, .al, .an].contains($0) } }) else { return true }
        for label in classes {
            guard let first = label.first else { return false }
            let trimmed = label.reversed().drop { $0 == .nsm }
            guard let last = trimmed.first else { return false }
            switch first {
            case .r, .al:
                guard label.allSatisfy({ $0 != .l }), [.r, .al, .en, .an].contains(last) else { return false }
                if label.contains(.en) && label.contains(.an) { return false }
            case .l:
                guard label.allSatisfy({ ![.r, .al, .an].contains($0) }), last == .l || last == .en else { return false }
            default:
                return false
            }
        }
        return true
    }
}
