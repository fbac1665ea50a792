/// The catalogue as a workbook or a folder of CSV files: its sheets in tab order, each with its
/// columns, covering every member `Schemas/catalog.schema.json` allows.
///
/// Nested lists become sheets of their own whose rows name their parent: a product's components,
/// durability tests, substances, claims, excluded fibres and label statements by the product's
/// SKU, a component's fibres by SKU and component name, a product's translations by SKU and
/// language, a herder organisation's identifiers, herd, rangeland monitoring and welfare audits
/// by the organisation's party Digital Link. Rows keep their order, which is the order of the JSON arrays.
public enum CatalogLayout {
    /// The data sheets, in tab order (parents before the rows that name them).
    public static let sheets: [CatalogSheet] = [
        issuer, parties, facilities, certificates, herderOrganisations, herderIdentifiers, herds, rangelandMonitoring, welfareAudits,
        products, components, fibres, durability, substances, claims, excludedFibres,
        labelStatements, translations, emissions,
    ]

    /// The sheet of instructions a template opens on; readers skip it.
    public static let instructionsSheet = (english: "Instructions", mongolian: "Заавар")
    /// The sheet of the drop-downs' code lists (one column per ``CodeList``), usually hidden; readers skip it.
    public static let listsSheet = (english: "Lists", mongolian: "Жагсаалт")

    /// The lines of the instructions sheet in `language`.
    public static func instructions(in language: CatalogLanguage) -> [String] {
        switch language {
        case .english:
            [
                "TextilePassport product catalogue: fill in one sheet per kind of record, one record per row.",
                "Row 1 holds the headers; the key in brackets is what dpp reads, so headers may be in English or Mongolian.",
                "Columns marked * are required. Leave a cell empty when it does not apply.",
                "Rows of Components, Fibres, Durability, Substances, Claims, Excluded fibres, Label statements and Translations name their product by SKU; Fibres rows name their component too.",
                "Rows of Herder identifiers, Herds, Rangeland monitoring and Welfare audits name their herder organisation by its party Digital Link; every value there has its source and date.",
                "Lists of several values go in one cell separated by ; (for example: herding; combing). Dates are YYYY-MM-DD.",
                "Check the workbook with: dpp generate --catalog catalogue.xlsx --events events.jsonld --out site",
            ]
        case .mongolian:
            [
                "TextilePassport бүтээгдэхүүний каталог: бичлэгийн төрөл бүрийг өөрийн хуудсанд, мөр бүрт нэг бичлэг бөглөнө.",
                "1-р мөрөнд гарчиг байна; хаалтанд буй түлхүүрийг dpp уншдаг тул гарчиг англи эсвэл монгол хэлээр байж болно.",
                "* тэмдэгтэй баганыг заавал бөглөнө. Хамааралгүй нүдийг хоосон үлдээнэ.",
                "Бүрэлдэхүүн хэсэг, Ширхэг, Удаан эдэлгээ, Бодис, Мэдэгдэл, Хасагдсан ширхэг, Шошгоны бичвэр, Орчуулга хуудасны мөр бүр бүтээгдэхүүнээ барааны кодоор заана; Ширхэг хуудасны мөр бүрэлдэхүүн хэсгээ мөн заана.",
                "Малчдын бүртгэл, Мал сүрэг, Бэлчээрийн хяналт, Мал сайн байдлын аудит хуудасны мөр бүр малчдын байгууллагаа талын дижитал линкээр заана; тэнд утга бүр эх сурвалж, огноотой байна.",
                "Олон утгыг нэг нүдэнд ; тэмдгээр тусгаарлан бичнэ (жишээ нь: herding; combing). Огноог YYYY-MM-DD хэлбэрээр бичнэ.",
                "Ажлын номыг шалгах: dpp generate --catalog catalogue.xlsx --events events.jsonld --out site",
            ]
        }
    }

    /// The data sheet named `name` in English or Mongolian, or by its CSV file's name (ignoring
    /// case, and a `.csv` ending: `Products`, `Бүтээгдэхүүн.csv`, `excluded-fibres.csv`).
    public static func sheet(named name: String) -> CatalogSheet? {
        let wanted = stem(name)
        return sheets.first { sheet in
            [sheet.english, sheet.mongolian, sheet.csvFileName].contains { stem($0) == wanted }
        }
    }

    /// Whether `name` (ignoring case and a `.csv` ending) is the instructions or the lists sheet, which hold no records.
    public static func isSkipped(sheetNamed name: String) -> Bool {
        [instructionsSheet.english, instructionsSheet.mongolian, listsSheet.english, listsSheet.mongolian].contains { stem($0) == stem(name) }
    }

    /// `name` in lowercase without a `.csv` ending.
    private static func stem(_ name: String) -> String {
        let lowercased = name.lowercased()
        return lowercased.hasSuffix(".csv") ? String(lowercased.dropLast(4)) : lowercased
    }

    // MARK: - The sheets

    static let sku = CatalogColumn(key: "sku", role: .productKey, english: "SKU", mongolian: "Барааны код", required: true)

    static let issuer = CatalogSheet(
        english: "Issuer", mongolian: "Олгогч", placement: .catalogue,
        columns: [
            CatalogColumn("issuer.name", "Issuer name", "Олгогчийн нэр", required: true),
            CatalogColumn("issuer.did", "Issuer DID", "Олгогчийн DID", required: true),
            CatalogColumn("issuer.gln", "Issuer GLN", "Олгогчийн GLN", required: true),
            CatalogColumn("language", "Catalogue language", "Каталогийн хэл"),
            CatalogColumn("$schema", "Schema", "Схем"),
        ], isRequired: true, listIsRequired: false)

    /// The columns a party and a facility both start with: who or where it is.
    static let identityColumns = [
        CatalogColumn("id", "Digital Link", "Дижитал линк", required: true),
        CatalogColumn("gln", "GLN", "GLN", required: true),
        CatalogColumn("name", "Name", "Нэр", required: true),
        CatalogColumn("country", "Country", "Улс", required: true),
        CatalogColumn("address", "Address", "Хаяг"),
    ]

    static let parties = CatalogSheet(
        english: "Parties", mongolian: "Талууд", placement: .list("parties"),
        columns: identityColumns + [
            CatalogColumn("email", "Email", "Цахим шуудан"),
            CatalogColumn("website", "Website", "Вэб сайт"),
            CatalogColumn("role", "Role", "Үүрэг", required: true, codes: .partyRoles),
            CatalogColumn("eori", "EORI number", "EORI дугаар"),
        ], isRequired: false, listIsRequired: true)

    static let facilities = CatalogSheet(
        english: "Facilities", mongolian: "Байгууламжууд", placement: .list("facilities"),
        columns: identityColumns + [
            CatalogColumn("postalCode", "Postal code", "Шуудангийн код"),
            CatalogColumn("locality", "Locality (soum)", "Сум, дүүрэг"),
            CatalogColumn("region", "Region (aimag)", "Аймаг, хот"),
            CatalogColumn("latitude", "Latitude", "Өргөрөг", kind: .number),
            CatalogColumn("longitude", "Longitude", "Уртраг", kind: .number),
            CatalogColumn("operator", "Operator (party Digital Link)", "Эзэмшигч (талын дижитал линк)", required: true),
            CatalogColumn("process", "Process", "Үйл явц", codes: .facilityProcesses),
        ], isRequired: false, listIsRequired: true)

    static let certificates = CatalogSheet(
        english: "Certificates", mongolian: "Гэрчилгээнүүд", placement: .list("certificates"),
        columns: [
            CatalogColumn("id", "Certificate link", "Гэрчилгээний холбоос", required: true),
            CatalogColumn("scheme", "Scheme", "Стандарт", required: true),
            CatalogColumn("schemeURL", "Scheme website", "Стандартын вэб хуудас"),
            CatalogColumn("number", "Number", "Дугаар", required: true),
            CatalogColumn("issuer", "Issued by", "Олгосон байгууллага", required: true),
            CatalogColumn("holder", "Holder (party Digital Link)", "Эзэмшигч (талын дижитал линк)", required: true),
            CatalogColumn("scope.fibres", "Fibres covered", "Хамрах ширхэг", required: true, kind: .textList, codes: .fibreNames),
            CatalogColumn("scope.activities", "Activities covered", "Хамрах үйл ажиллагаа", kind: .textList),
            CatalogColumn("validFrom", "Valid from", "Хүчинтэй эхлэх огноо", required: true, kind: .date),
            CatalogColumn("validUntil", "Valid until", "Хүчинтэй дуусах огноо", required: true, kind: .date),
            CatalogColumn("conformityTopic", "Conformity topic", "Нийцлийн сэдэв", codes: .conformityTopics),
        ], isRequired: false, listIsRequired: true)

    static let herder = CatalogColumn(
        key: "party", role: .herderKey, english: "Herder organisation (party Digital Link)", mongolian: "Малчдын байгууллага (талын дижитал линк)",
        required: true)

    /// The columns of a value's source and date.
    static let sourceColumns = [
        CatalogColumn("source", "Source", "Эх сурвалж", required: true),
        CatalogColumn("date", "Date", "Огноо", required: true, kind: .date),
    ]

    static let herderOrganisations = CatalogSheet(
        english: "Herder organisations", mongolian: "Малчдын байгууллагууд", placement: .list("herderOrganisations"),
        columns: [
            CatalogColumn("party", "Party (Digital Link)", "Тал (дижитал линк)", required: true),
            CatalogColumn("facility", "Pastures (facility Digital Link)", "Бэлчээр (байгууламжийн дижитал линк)", required: true),
            CatalogColumn("pastureUserGroup.name", "Pasture user group", "Бэлчээр ашиглагчдын бүлэг"),
            CatalogColumn("pastureUserGroup.agreement.number", "Pasture-use agreement number", "Бэлчээр ашиглах гэрээний дугаар"),
            CatalogColumn("pastureUserGroup.agreement.soum", "Agreement soum", "Гэрээ байгуулсан сум"),
            CatalogColumn("pastureUserGroup.agreement.validFrom", "Agreement valid from", "Гэрээ хүчинтэй эхлэх огноо", kind: .date),
            CatalogColumn("pastureUserGroup.agreement.validUntil", "Agreement valid until", "Гэрээ хүчинтэй дуусах огноо", kind: .date),
            CatalogColumn("pastureUserGroup.source", "Pasture user group source", "Бүлгийн эх сурвалж"),
            CatalogColumn("pastureUserGroup.date", "Pasture user group date", "Бүлгийн огноо", kind: .date),
            CatalogColumn("households.count", "Households", "Өрхийн тоо", kind: .number),
            CatalogColumn("households.source", "Households source", "Өрхийн тооны эх сурвалж"),
            CatalogColumn("households.date", "Households date", "Өрхийн тооны огноо", kind: .date),
            CatalogColumn("certificates", "Certificates (links)", "Гэрчилгээ (холбоос)", kind: .textList),
        ], isRequired: false, listIsRequired: false)

    static let herderIdentifiers = CatalogSheet(
        english: "Herder identifiers", mongolian: "Малчдын бүртгэл", placement: .herderList("identifiers"),
        columns: [
            herder,
            CatalogColumn("scheme", "Register", "Бүртгэл", required: true),
            CatalogColumn("value", "Identifier", "Дугаар", required: true),
        ] + sourceColumns, isRequired: false, listIsRequired: false)

    static let herds = CatalogSheet(
        english: "Herds", mongolian: "Мал сүрэг", placement: .herderList("herd"),
        columns: [
            herder,
            CatalogColumn("species", "Species", "Мал", required: true, codes: .livestockSpecies),
            CatalogColumn("head", "Head", "Толгой", required: true, kind: .number),
            CatalogColumn("sheepUnits", "Sheep units (as declared)", "Хонин толгой (мэдүүлсэн)", kind: .number),
        ] + sourceColumns, isRequired: false, listIsRequired: false)

    static let rangelandMonitoring = CatalogSheet(
        english: "Rangeland monitoring", mongolian: "Бэлчээрийн хяналт", placement: .herderList("rangelandMonitoring"),
        columns: [
            herder,
            CatalogColumn("date", "Assessed on", "Үнэлсэн огноо", required: true, kind: .date),
            CatalogColumn("method", "Method", "Арга", required: true),
            CatalogColumn("body", "Monitoring body", "Хяналтын байгууллага", required: true),
            CatalogColumn("ecologicalSiteGroup", "Ecological site group", "Экологийн бүс нутгийн бүлэг"),
            CatalogColumn("recoveryClass", "Recovery class", "Сэргэх ангилал", required: true, codes: .recoveryClasses),
            CatalogColumn("stockingRate", "Stocking (sheep units)", "Малын тоо (хонин толгой)", kind: .number),
            CatalogColumn("carryingCapacity", "Carrying capacity (sheep units)", "Даац (хонин толгой)", kind: .number),
            CatalogColumn("ndviAnomaly", "NDVI anomaly", "NDVI хазайлт", kind: .number),
            CatalogColumn("source", "Source", "Эх сурвалж", required: true),
        ], isRequired: false, listIsRequired: false)

    static let welfareAudits = CatalogSheet(
        english: "Welfare audits", mongolian: "Мал сайн байдлын аудит", placement: .herderList("welfareAudits"),
        columns: [
            herder,
            CatalogColumn("date", "Audited on", "Аудит хийсэн огноо", required: true, kind: .date),
            CatalogColumn("body", "Audited by", "Аудит хийсэн байгууллага", required: true),
            CatalogColumn("result", "Result", "Дүн", required: true),
            CatalogColumn("source", "Source", "Эх сурвалж", required: true),
        ], isRequired: false, listIsRequired: false)

    static let products = CatalogSheet(
        english: "Products", mongolian: "Бүтээгдэхүүн", placement: .list("products"),
        columns: [
            CatalogColumn("sku", "SKU", "Барааны код", required: true),
            CatalogColumn("gtin", "GTIN", "GTIN", required: true),
            CatalogColumn("name", "Name", "Нэр", required: true),
            CatalogColumn("description", "Description", "Тайлбар", required: true),
            CatalogColumn("hsCode", "HS code", "HS код", required: true),
            CatalogColumn("hsDescription", "HS description", "HS тайлбар"),
            CatalogColumn("weightGrams", "Weight (g)", "Жин (г)", required: true, kind: .number),
            CatalogColumn("countryOfProduction", "Country of production", "Үйлдвэрлэсэн улс", required: true),
            CatalogColumn("manufacturer", "Manufacturer (party Digital Link)", "Үйлдвэрлэгч (талын дижитал линк)", required: true),
            CatalogColumn("facility", "Facility (Digital Link)", "Үйлдвэрлэсэн газар (дижитал линк)", required: true),
            CatalogColumn("care.washing", "Washing", "Угаалга", required: true),
            CatalogColumn("care.bleaching", "Bleaching", "Цайруулалт", required: true),
            CatalogColumn("care.drying", "Drying", "Хатаалт", required: true),
            CatalogColumn("care.ironing", "Ironing", "Индүүдэлт", required: true),
            CatalogColumn("care.professionalCleaning", "Professional cleaning", "Мэргэжлийн цэвэрлэгээ", required: true),
            CatalogColumn("care.symbols", "Care symbols", "Арчилгааны тэмдэг", kind: .textList, codes: .careSymbols),
            CatalogColumn("repair.instructions", "Repair instructions", "Засварын заавар"),
            CatalogColumn("repair.url", "Repair website", "Засварын вэб хуудас"),
            CatalogColumn("recyclability.recyclable", "Recyclable", "Дахин боловсруулах боломжтой", required: true, kind: .boolean),
            CatalogColumn(
                "recyclability.recyclableContentPercent", "Recyclable content %", "Дахин боловсруулах боломжтой хувь", required: true, kind: .number),
            CatalogColumn("recyclability.instructions", "Recycling instructions", "Дахин боловсруулах заавар", required: true),
            CatalogColumn("recyclability.url", "Recycling website", "Дахин боловсруулалтын вэб хуудас"),
            CatalogColumn("recycledContentPercent", "Recycled content %", "Дахин боловсруулсан түүхий эдийн хувь", required: true, kind: .number),
            CatalogColumn("labelText", "Label composition", "Шошгон дээрх найрлага"),
            CatalogColumn(
                "containsNonTextileAnimalParts", "Contains non-textile animal parts", "Амьтны гаралтай нэхмэл бус хэсэгтэй", kind: .boolean),
        ], isRequired: true, listIsRequired: true)

    static let components = CatalogSheet(
        english: "Components", mongolian: "Бүрэлдэхүүн хэсэг", placement: .productList("components"),
        columns: [
            sku,
            CatalogColumn("name", "Component", "Бүрэлдэхүүн хэсэг", required: true),
            CatalogColumn("kind", "Kind", "Төрөл", required: true, codes: .componentKinds),
            CatalogColumn("weightPercent", "Weight %", "Жингийн хувь", required: true, kind: .number),
            CatalogColumn("carded", "Carded", "Кардласан", kind: .boolean),
        ], isRequired: true, listIsRequired: false)

    static let fibres = CatalogSheet(
        english: "Fibres", mongolian: "Ширхэг", placement: .componentFibres,
        columns: [
            sku,
            CatalogColumn(key: "component", role: .componentKey, english: "Component", mongolian: "Бүрэлдэхүүн хэсэг", required: true),
            CatalogColumn("fibre", "Fibre", "Ширхэг", required: true, codes: .fibreNames),
            CatalogColumn("percent", "Percent", "Хувь", required: true, kind: .number),
        ], isRequired: true, listIsRequired: false)

    static let durability = CatalogSheet(
        english: "Durability", mongolian: "Удаан эдэлгээ", placement: .productList("durability"),
        columns: [
            sku,
            CatalogColumn("property", "Property", "Шинж чанар", required: true),
            CatalogColumn("method", "Test method", "Туршилтын арга", required: true),
            CatalogColumn("result", "Result", "Үр дүн", required: true, kind: .number),
            CatalogColumn("unit", "Unit", "Нэгж", codes: .durabilityUnits),
        ], isRequired: false, listIsRequired: true)

    static let substances = CatalogSheet(
        english: "Substances", mongolian: "Бодисууд", placement: .productList("substancesOfConcern"),
        columns: [
            sku,
            CatalogColumn("name", "Substance of concern", "Анхаарал татах бодис", required: true),
            CatalogColumn("casNumber", "CAS number", "CAS дугаар", required: true),
            CatalogColumn("concentrationPercent", "Concentration %", "Агууламжийн хувь", required: true, kind: .number),
            CatalogColumn("location", "Where in the product", "Бүтээгдэхүүний аль хэсэгт"),
        ], isRequired: false, listIsRequired: true)

    static let claims = CatalogSheet(
        english: "Claims", mongolian: "Мэдэгдлүүд", placement: .productList("claims"),
        columns: [
            sku,
            CatalogColumn("text", "Claim", "Мэдэгдэл", required: true),
            CatalogColumn("kind", "Kind", "Төрөл", required: true, codes: .claimKinds),
            CatalogColumn("evidence", "Evidence (trace or a link)", "Нотолгоо (trace эсвэл холбоос)", required: true),
        ], isRequired: false, listIsRequired: false)

    static let excludedFibres = CatalogSheet(
        english: "Excluded fibres", mongolian: "Хасагдсан ширхэг", placement: .productList("excludedFibres"),
        columns: [
            sku,
            CatalogColumn("fibre", "Fibre", "Ширхэг", required: true, codes: .fibreNames),
            CatalogColumn("role", "Role", "Үүрэг", required: true, codes: .excludedFibreRoles),
            CatalogColumn("percentOfWeight", "Percent of weight", "Жингийн хувь", required: true, kind: .number),
        ], isRequired: false, listIsRequired: false)

    static let labelStatements = CatalogSheet(
        english: "Label statements", mongolian: "Шошгоны бичвэр", placement: .productList("labelStatements"),
        columns: [
            sku,
            CatalogColumn(key: "statement", role: .value(path: []), english: "Statement", mongolian: "Бичвэр", required: true),
        ], isRequired: false, listIsRequired: false)

    static let translations = CatalogSheet(
        english: "Translations", mongolian: "Орчуулга", placement: .productTranslations,
        columns: [
            sku,
            CatalogColumn(key: "language", role: .languageKey, english: "Language", mongolian: "Хэл", required: true),
            CatalogColumn("name", "Name", "Нэр"),
            CatalogColumn("description", "Description", "Тайлбар"),
            CatalogColumn("care.washing", "Washing", "Угаалга"),
            CatalogColumn("care.bleaching", "Bleaching", "Цайруулалт"),
            CatalogColumn("care.drying", "Drying", "Хатаалт"),
            CatalogColumn("care.ironing", "Ironing", "Индүүдэлт"),
            CatalogColumn("care.professionalCleaning", "Professional cleaning", "Мэргэжлийн цэвэрлэгээ"),
            CatalogColumn("repair.instructions", "Repair instructions", "Засварын заавар"),
        ], isRequired: false, listIsRequired: false)

    static let emissions = CatalogSheet(
        english: "Emissions", mongolian: "Хүлэмжийн хий", placement: .list("emissions"),
        columns: [
            CatalogColumn("facility", "Facility (Digital Link)", "Байгууламж (дижитал линк)", required: true),
            CatalogColumn("stage", "Stage", "Үе шат", required: true, codes: .facilityProcesses),
            CatalogColumn("intensity", "Intensity (kg CO2e per kg)", "Эрчим (кг CO2e/кг)", kind: .number),
            CatalogColumn("intensityBasis", "Per kg of", "Нэг кг нь", codes: .emissionsBases),
            CatalogColumn("energyPerKg", "Energy (kWh per kg of output)", "Эрчим хүч (кВт.ц/кг бүтээгдэхүүн)", kind: .number),
            CatalogColumn("emissionFactor", "Emission factor (kg CO2e per kWh)", "Ялгарлын коэффициент (кг CO2e/кВт.ц)", kind: .number),
            CatalogColumn("method", "Method", "Арга", required: true),
            CatalogColumn("source", "Source", "Эх сурвалж", required: true),
            CatalogColumn("date", "Declared on", "Мэдүүлсэн огноо", required: true, kind: .date),
            CatalogColumn("year", "Year covered", "Хамрах он", required: true, kind: .number),
        ], isRequired: false, listIsRequired: false)
}
