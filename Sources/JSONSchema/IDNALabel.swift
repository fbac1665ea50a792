import Foundation

/// IDNA2008 label rules (RFC 5891 section 5.4, RFC 5892 appendix A) as far as they can be
/// checked without the full IDNA tables: stable under NFKC and lower-casing, no leading
/// combining mark, no `--` in positions 3 and 4, and the CONTEXTJ/CONTEXTO rules.
enum IDNALabel {
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
}
