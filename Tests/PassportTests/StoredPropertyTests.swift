import Testing

@testable import Passport

@Suite struct StoredPropertyTests {
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
        let text = StoredProperty(\Outer.inner.text)
        let list = StoredProperty(\Outer.list)
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

    /// A chain of stored properties is read at its offset: the values the key paths read.
    @Test func storedChainsAreReadInPlace() {
        let outer = Outer(number: 7.25, inner: Inner(text: "inner text past fifteen bytes"), list: [Inner(text: "a"), Inner(text: nil)])
        #expect(StoredProperty(\Outer.number).get(outer) == 7.25)
        #expect(StoredProperty(\Outer.inner.text).get(outer) == "inner text past fifteen bytes")
        #expect(StoredProperty(\Outer.list).get(outer).map(\.text) == ["a", nil])
        #expect(StoredProperty(\Outer.inner.token).get(outer) == nil)
    }

    /// A computed property has no offset and goes through its getter and setter.
    @Test func computedPropertiesGoThroughTheirAccessors() {
        let shout = StoredProperty(\Outer.shout)
        #expect(shout.offset == nil)
        var outer = Outer()
        shout.set("LOUD", in: &outer)
        #expect(outer.inner.text == "loud")
        #expect(shout.get(outer) == "LOUD")
    }

    /// A value read is the reader's own: it outlives the model it was read from.
    @Test func aValueReadOutlivesItsModel() {
        weak var kept: Token?
        var read: Token?
        do {
            let made = Token()
            kept = made
            let outer = Outer(inner: Inner(token: made))
            read = StoredProperty(\Outer.inner.token).get(outer)
        }
        #expect(kept != nil && read === kept)
        read = nil
        #expect(kept == nil)
    }

    /// The value set replaces the one before, which is released, and is itself kept alive.
    @Test func theReplacedValueIsReleasedAndTheNewOneKept() {
        let token = StoredProperty(\Outer.inner.token)
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
