import Testing

@testable import Passport

@Suite struct StoredPropertyWriterTests {
    final class Token: Sendable {}

    struct Inner {
        var text: String?
        var token: Token?
    }

    struct Outer {
        var number = 0.0
        var inner = Inner()
        var list: [Inner] = []
        /// A computed property: no offset, set through the key path.
        var shout: String? {
            get { inner.text?.uppercased() }
            set { inner.text = newValue?.lowercased() }
        }
    }

    /// A chain of stored properties is written in place at its offset, as the key path writes it,
    /// leaving the other properties as they were.
    @Test func storedChainsAreWrittenInPlace() {
        let text = StoredPropertyWriter(\Outer.inner.text)
        let list = StoredPropertyWriter(\Outer.list)
        #expect(text.offset != nil)
        var outer = Outer(number: 2.5)
        text.set("a string longer than fifteen bytes", in: &outer)
        list.set([Inner(text: "x")], in: &outer)
        #expect(outer.inner.text == "a string longer than fifteen bytes")
        #expect(outer.list.map(\.text) == ["x"])
        #expect(outer.number == 2.5)
        text.set(nil, in: &outer)
        #expect(outer.inner.text == nil)
    }

    /// A computed property has no offset and goes through its setter.
    @Test func computedPropertiesGoThroughTheirSetters() {
        let shout = StoredPropertyWriter(\Outer.shout)
        #expect(shout.offset == nil)
        var outer = Outer()
        shout.set("LOUD", in: &outer)
        #expect(outer.inner.text == "loud")
    }

    /// The value set replaces the one before, which is released, and is itself kept alive.
    @Test func theReplacedValueIsReleasedAndTheNewOneKept() {
        let token = StoredPropertyWriter(\Outer.inner.token)
        var outer = Outer()
        weak var first: Token?
        weak var second: Token?
        do {
            let made = Token()
            first = made
            token.set(made, in: &outer)
        }
        #expect(first != nil)
        do {
            let made = Token()
            second = made
            token.set(made, in: &outer)
        }
        #expect(first == nil)
        #expect(second != nil && outer.inner.token === second)
    }
}
