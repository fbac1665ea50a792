import Passport
import Spooling

/// An index page entry as bytes, for ``SiteListing``: its title, its detail and its folder.
extension SiteIndexPage.Entry {
    var record: [UInt8] {
        var writer = RecordWriter()
        writer.string(title)
        writer.string(detail)
        writer.strings(folder)
        return writer.bytes
    }

    /// The entry whose ``record`` is `bytes`.
    init(record bytes: UnsafeRawBufferPointer) {
        var reader = RecordReader(bytes: bytes)
        self.init(title: reader.string(), detail: reader.string(), folder: reader.strings())
    }
}

/// A product page's lot as bytes, for ``SiteListing``: everything but its texts, which are its
/// product's and kept once a product.
extension ProductPage.Lot {
    var record: [UInt8] {
        var writer = RecordWriter()
        writer.string(gtin)
        writer.string(lot)
        writer.optionalString(name)
        writer.optionalString(description)
        writer.optionalString(productionDate)
        writer.strings(folder)
        return writer.bytes
    }

    /// The lot whose ``record`` is `bytes`, without texts.
    init(record bytes: UnsafeRawBufferPointer) {
        var reader = RecordReader(bytes: bytes)
        self.init(
            gtin: reader.string(), lot: reader.string(), name: reader.optionalString(), description: reader.optionalString(),
            productionDate: reader.optionalString(), folder: reader.strings(), texts: ProductTexts())
    }
}
