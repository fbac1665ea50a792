/// A part of `site.conf`: fixed text, or a line (or none) for each route of the site, so that the
/// configuration is written in pieces as it is made and never held whole.
enum NginxConfigurationPart {
    case text(String)
    /// Appends the route's lines to the bytes.
    case eachRoute((NginxRoute, inout [UInt8]) -> Void)

    /// How many bytes make a piece handed to the writer.
    static let pieceSize = 1 << 20

    /// Hands the bytes of `parts`, whose routes are `routes`, to `write` in pieces of about
    /// ``pieceSize`` bytes, in order.
    static func write<Failure: Error>(
        _ parts: [NginxConfigurationPart], routes: NginxRoutes, into write: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var piece: [UInt8] = []
        piece.reserveCapacity(pieceSize + 65536)
        for part in parts {
            switch part {
            case .text(let text):
                piece += text.utf8
            case .eachRoute(let lines):
                for route in routes {
                    lines(route, &piece)
                    if piece.count >= pieceSize {
                        try write(piece)
                        piece.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        if !piece.isEmpty { try write(piece) }
    }
}
