/// The nginx configuration that makes Debian's nginx (no modules beyond the default) a GS1
/// conformant resolver for the keys a site publishes: `site.conf`, the maps and the server block
/// an operator includes in the `http` block of their nginx, and `nginx.conf`, a complete
/// configuration that runs it alone (`nginx -p DIR -c nginx.conf`).
///
/// Every decision is a `map` (hashed exact entries for the published keys, ordered regular
/// expressions for headers and paths) read by a few `if … return` lines at server level. The
/// redirect targets are kept by profile (``NginxTargetMaps``), so the configuration holds a few
/// lines a key, not one for each link type, media kind and language:
/// - a path of a published key (with a trailing slash; an unpublished serial under a lot or product
///   names the lot or product) becomes `$dpp_key`, and an item shares its lot's redirects; `?linkType=all` or `linkset`, or an `Accept` preferring
///   `application/linkset+json` without a `linkType`, gets the key's linkset (200); any other
///   request a 307 to the link chosen by ``LinkChoice`` for its `linkType` (the default link when
///   the key has none of that type), media type and language, with the query string passed on;
/// - a GS1 path that the patterns can tell is malformed gets 400, a well-formed unknown one 404
///   with a readable page; the check digit of an unpublished GTIN is not checked (404, not 400);
/// - `Accept` and `Accept-Language` are read with their q-values to one decimal place (equal
///   values go to the first listed; values under 0.1 count as 0);
/// - a file asked for under the decoded path of a key whose folder name is percent-encoded (the
///   passport's credential `id`, its Digital Link and `/passport.jsonld`) is served from that folder;
/// - every response carries CORS headers, every response about a key `Link` to its linkset and
///   `Vary: Accept, Accept-Language`; `.jsonld`, `.jwt` and linksets get their media types.
public struct NginxConfiguration: Sendable {
    /// Why no configuration can be written for a site.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// A complete configuration running `site.conf` alone.
    public let nginxConf: String
    /// The page of unknown keys, `404.html` beside the configuration.
    public let notFoundPage: String
    /// The base URL of the site, without a trailing slash.
    private let baseURL: String
    /// The end of `site.conf`, the server block.
    private let server: String
    private let routes: NginxRoutes
    private let tables: NginxRouteTables

    /// The configuration of `site`, whose keys are `routes` (their tables in `tables`), published
    /// in `siteFolder`, written to `folder` (both absolute paths), listening on `listen` (`80`,
    /// `8080` or `127.0.0.1:8080`).
    public init(
        site: ResolverSite, routes: NginxRoutes, tables: NginxRouteTables, siteFolder: String, folder: String, listen: String
    ) throws(Failure) {
        guard let host = Self.host(of: site.baseURL) else {
            throw Failure(
                description: "the base URL \(site.baseURL) is not http(s)://host[:port] with no path: nginx serves the site at the root of a host")
        }
        for path in [siteFolder, folder] where !path.hasPrefix("/") || path.contains(where: { "\"'\\;{}$\n".contains($0) }) {
            throw Failure(description: "\(path) must be an absolute path without quotes, backslashes, ;, {, }, $ or line breaks for nginx")
        }
        guard Self.isListenAddress(listen) else {
            throw Failure(description: "--listen \(listen) is not ADDR:PORT or PORT (a port from 1 to 65535)")
        }
        self.routes = routes
        self.tables = tables
        baseURL = site.baseURL
        server = Self.server(host: host, siteFolder: siteFolder, folder: folder, listen: listen, baseURL: site.baseURL)
        nginxConf = Self.complete
        notFoundPage = NotFoundPage.html(indexURL: site.baseURL + "/index.html")
    }

    /// Hands `site.conf`, the server block and its maps to include in an `http` block, to `write`
    /// in pieces of about a megabyte, in order; its routes are read from their spool once for
    /// each map that lists them, so the text is never held whole.
    public func siteConf<WriteFailure: Error>(_ write: ([UInt8]) throws(WriteFailure) -> Void) throws(WriteFailure) {
        let targets = NginxTargetMaps(routes: routes, tables: tables)
        let parts =
            [.text(Self.header)] + Self.keyMaps(baseURL: baseURL, profiles: targets.profileEntries) + [.text(Self.negotiationMaps)]
            + targets.maps + [.text(server)]
        try NginxConfigurationPart.write(parts, routes: routes, into: write)
    }

    /// The variable holding the path of the product or lot whose redirects answer a request.
    static let lotKeyVariable = "dpp_lot_key"

    /// The file names the configuration is written under, beside each other.
    public static let siteConfName = "site.conf"
    public static let nginxConfName = "nginx.conf"
    public static let notFoundPageName = "404.html"

    /// The host (and port) of `baseURL` when it has no path.
    private static func host(of baseURL: String) -> String? {
        for scheme in ["https://", "http://"] where baseURL.hasPrefix(scheme) {
            let host = baseURL.dropFirst(scheme.count)
            guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) }) else { return nil }
            return String(host.split(separator: ":").first ?? host)
        }
        return nil
    }

    private static let header = """
        # Written by dpp generate --nginx: a GS1 conformant resolver for the keys of one site.
        # Include this file in the http block of nginx.conf; nginx.conf beside it runs it alone.

        """

    /// The key of the request path: `$dpp_key`, a published key's path or empty; `$dpp_lot_key`,
    /// the product or lot whose links answer it (an item's lot) and `$dpp_profile`, that key's
    /// profile in ``NginxTargetMaps`` (its entries `profiles`); `$dpp_path_status`, 400 or 404 for
    /// GS1 paths that are malformed or unknown. The site is at `baseURL`.
    private static func keyMaps(baseURL: String, profiles: NginxConfigurationPart) -> [NginxConfigurationPart] {
        let segment = "[^/]+"
        // A lot whose number may hold `/`: the shortest that leaves the rest of the pattern (a
        // serial, a file's name) to match.
        let slashLot = "(?:/10/\(segment)(?:/\(segment))*?)?"
        let serial = "(?:/21/\(segment))?"
        var text = """

            # The published key a path names: the key itself, with a trailing slash; a published item
            # (a serial under its lot); else the lot or product above an unpublished serial. A lot
            # number may hold `/`, which nginx decodes in $uri: the shortest that leaves a path of a
            # key is taken, and the maps below tell whether it is published.
            map $uri $dpp_candidate {
                default "";
                "~^(?<dpp_k>/01/[0-9]{14}\(slashLot))\(serial)/?$" $dpp_k;
            }

            map $uri $dpp_item_candidate {
                default "";
                "~^(?<dpp_i>/01/[0-9]{14}/10/\(segment)(?:/\(segment))*?/21/\(segment))/?$" $dpp_i;
            }

            # The profile of the published product or lot a path names, which answers its redirects
            # (an item's are its lot's).
            map $dpp_candidate $dpp_profile {
                default "";

            """
        var parts: [NginxConfigurationPart] = [.text(text), profiles]
        text = """
            }

            map $dpp_profile $dpp_lot_key {
                "" "";
                default $dpp_candidate;
            }

            map $dpp_item_candidate $dpp_item_key {
                default "";

            """
        parts.append(.text(text))
        parts.append(
            .eachRoute { route, bytes in
                guard route.level == .item else { return }
                bytes += "    \(quoted(route.path)) \(quoted(route.path));\n".utf8
            })
        text = """
            }

            map $dpp_item_key $dpp_key {
                "" $dpp_lot_key;
                default $dpp_item_key;
            }

            # GS1 paths: a file of a key's folder, a well-formed path (the Digital Link syntax of AI 01:
            # a GTIN-14, its qualifiers 22, 10, 21, 235 in order and their lengths), a malformed one
            # (400; GTIN-8, -12 and -13 too, legacy forms the standard removed, as `dpp link` says), or
            # another primary key this site publishes none of (404).
            map $uri $dpp_path_kind {
                default "";
                "~^/01/[0-9]{14}\(slashLot)\(serial)/[^/]+[.][a-z]+$" file;
                "~^/01/[0-9]{14}(?:/22/[^/]{1,20})?(?:/10/[^/]{1,20})?(?:/21/[^/]{1,20})?(?:/235/[^/]{1,28})?/?$" wellformed;
                "~^/01(?:/|$)" malformed;
                "~^/(?:00|253|255|401|402|414|417|8003|8004|8006|8010|8013|8017|8018)(?:/|$)" unknown;
            }

            map "$dpp_path_kind $dpp_key" $dpp_path_status {
                default "";
                "malformed " 400;
                "wellformed " 404;
                "unknown " 404;
            }

            # The Link header of every response about a key, or a file of a key's folder (by the
            # folder's name, or by the key's path where nginx decodes it).
            map $uri $dpp_file_folder {
                default "";
                "~^(?<dpp_f>/01/[0-9]{14}\(slashLot)\(serial))/[^/]+$" $dpp_f;
            }

            map $dpp_file_folder $dpp_file_link {
                default "";

            """
        parts.append(.text(text))
        parts.append(
            .eachRoute { route, bytes in
                let url = route.folderURL(baseURL: baseURL)
                bytes += "    \(quoted(route.folder)) \(quoted(linkHeader(url)));\n".utf8
                if route.ownFolder != nil { bytes += "    \(quoted(route.path)) \(quoted(linkHeader(url)));\n".utf8 }
            })
        // The keys whose folder is not their path, as nginx decodes it.
        let folders = NginxConfigurationPart.eachRoute { route, bytes in
            guard let folder = route.ownFolder else { return }
            bytes += "    \(quoted(route.path)) \(quoted(folder));\n".utf8
        }
        let folderURLs = NginxConfigurationPart.eachRoute { route, bytes in
            guard route.ownFolder != nil else { return }
            let url = route.folderURL(baseURL: baseURL)
            bytes += "    \(quoted(route.path)) \(quoted(String(url.dropFirst(baseURL.count))));\n".utf8
        }
        text = """
            }

            # The folder of a key whose path nginx decodes (a percent-encoded lot number): as nginx
            # finds its files, and in their URLs.
            map $dpp_key $dpp_key_folder {
                default $dpp_key;

            """
        parts += [.text(text), folders]
        text = """
            }

            map $dpp_key $dpp_key_folder_url {
                default $dpp_key;

            """
        parts += [.text(text), folderURLs]
        text = """
            }

            # A file asked for under such a key's path (the passport's credential id is its Digital
            # Link and /passport.jsonld) is the file of its folder.
            map $dpp_file_folder $dpp_file_key_folder {
                default "";

            """
        parts += [.text(text), folders]
        text = """
            }

            map $dpp_key $dpp_link {
                "" $dpp_file_link;
                default \(quoted(linkHeader(baseURL + "$dpp_key_folder_url")));
            }

            map $dpp_key $dpp_vary {
                "" "";
                default "Accept, Accept-Language";
            }

            """
        return parts + [.text(text)]
    }

    /// What the request asks for: `$dpp_type` (the `linkType`, normalised to its CURIE, `all` for
    /// a linkset), `$dpp_media` (from `Accept`) and `$dpp_language` (from UNTP's `?language=`, else `Accept-Language`).
    private static var negotiationMaps: String {
        let prefix = "(?:gs1(?::|%3A)|https?(?::|%3A)(?:/|%2F)(?:/|%2F)(?:ref[.]|www[.])?gs1[.]org(?:/|%2F)voc(?:/|%2F))"
        var text = """

            # The linkType asked for, as its CURIE; `all` for the linkset.
            map $arg_linktype $dpp_type {
                default $arg_linktype;
                "~*^(?:all|linkset)$" all;
                "~^\(prefix)(?<dpp_t>[A-Za-z]+)$" gs1:$dpp_t;
                "~^(?:untp(?::|%3A))?(?<dpp_u>dpp|dfr)$" untp:$dpp_u;
            }

            """
        let media = [
            "text/html", "application/xhtml[+]xml", "application/ld[+]json", "application/json", "application/vc[+]jwt", "application/linkset[+]json",
        ]
        text += preference(header: "$http_accept", variable: "$dpp_accept", capture: "dpp_mt", tokens: media, subtags: false)
        text += """
            map $dpp_accept $dpp_media {
                default html;
                "~*^application/(?:ld[+])?json$" jsonld;
                "~*^application/vc[+]jwt$" jwt;
                "~*^application/linkset[+]json$" linkset;
            }

            """
        let languages = PageText.languages.map(\.code)
        text += preference(header: "$http_accept_language", variable: "$dpp_accept_language", capture: "dpp_lt", tokens: languages, subtags: true)
        // UNTP's `?language=` first, then the header.
        text += "map \"$arg_language|$dpp_accept_language\" $dpp_language {\n    default \(languages.first ?? "en");\n"
        for language in languages { text += "    \"~*^\(language)(?:-[a-z0-9]+)*[|]\" \(language);\n" }
        for language in languages { text += "    \"~*[|]\(language)$\" \(language);\n" }
        text += "}\n\nmap \"$dpp_key $dpp_type $dpp_media\" $dpp_serves_linkset {\n    default \"\";\n"
        text += "    \"~^/[^ ]* all \" 1;\n    \"~^/[^ ]*  linkset$\" 1;\n}\n"
        return text
    }

    /// A map of `header` to the first of `tokens` (regular expressions, case-insensitive) it
    /// prefers: those with the highest q-value first (to one decimal place), in the header's order;
    /// `subtags` lets a language range carry subtags (`mn-MN`).
    private static func preference(header: String, variable: String, capture: String, tokens: [String], subtags: Bool) -> String {
        let token = "(?<\(capture)>\(tokens.joined(separator: "|")))" + (subtags ? "(?:-[a-z0-9]+)*" : "")
        let q = "[^,]*;[ \\t]*q[ \\t]*=[ \\t]*"
        var text = "map \(header) \(variable) {\n    default \"\";\n"
        let tiers = ["(?!\(q)0)"] + (1...9).reversed().map { "(?=\(q)0[.]\($0))" }
        for tier in tiers {
            text += "    \"~*(?:^|,)[ \\t]*\(token)\(tier)[ \\t]*(?:;[^,]*)?(?:,|$)\" $\(capture);\n"
        }
        return text + "}\n\n"
    }

    /// Whether `listen` is what nginx's `listen` is given here: `PORT`, or `ADDR:PORT` with an
    /// IPv4 address or host name (letters, digits, `.`, `-`) or an IPv6 address in brackets, the
    /// port from 1 to 65535; nothing else reaches the configuration.
    public static func isListenAddress(_ listen: String) -> Bool {
        var port = Substring(listen)
        if let colon = listen.lastIndex(of: ":") {
            let address = listen[..<colon]
            port = listen[listen.index(after: colon)...]
            let bracketed =
                address.count > 2 && address.hasPrefix("[") && address.hasSuffix("]")
                && address.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
            let named = !address.isEmpty && address.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" }
            guard bracketed || named else { return false }
        }
        guard (1...5).contains(port.count), port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port) else { return false }
        return (1...65_535).contains(number)
    }

    /// The server block.
    private static func server(host: String, siteFolder: String, folder: String, listen: String, baseURL: String) -> String {
        """
        server {
            listen \(listen);
            server_name \(host);
            root \(siteFolder);
            charset utf-8;
            index index.html;

            add_header Access-Control-Allow-Origin "*" always;
            add_header Access-Control-Allow-Methods "GET, HEAD, OPTIONS" always;
            add_header Access-Control-Allow-Headers "Accept, Accept-Language" always;
            add_header Access-Control-Expose-Headers "Link, Location, Vary" always;
            add_header Link $dpp_link always;
            add_header Vary $dpp_vary always;

            error_page 404 /.dpp-resolver/\(notFoundPageName);
            location ^~ /.dpp-resolver/ {
                internal;
                alias \(folder)/;
            }

            # The error page, reached by an internal redirect that runs these lines again with the
            # variables of the original request: nothing more to decide.
            if ($uri ~ ^/[.]dpp-resolver/) {
                break;
            }
            if ($request_method = OPTIONS) {
                return 204;
            }
            if ($dpp_path_status = 400) {
                return 400;
            }
            if ($dpp_path_status = 404) {
                return 404;
            }
            if ($dpp_file_key_folder) {
                rewrite ^.*/([^/]+)$ $dpp_file_key_folder/$1 last;
            }
            if ($dpp_serves_linkset) {
                rewrite ^ $dpp_key_folder/\(Linkset.fileName) last;
            }
            if ($dpp_key) {
                return 307 $dpp_target$is_args$args;
            }

            location / {
                try_files $uri $uri/ =404;
            }
            location ~ [.]jsonld$ {
                types { }
                default_type application/ld+json;
            }
            location ~ [.]jwt$ {
                types { }
                default_type application/vc+jwt;
            }
            location ~ /linkset[.]json$ {
                types { }
                default_type \(Linkset.mediaType);
            }
            location = /\(ResolverDescription.path.joined(separator: "/")) {
                types { }
                default_type application/json;
            }
        }

        """
    }

    /// `nginx.conf`: one worker, logs to standard error, temporary files under the prefix.
    private static let complete = """
        # Written by dpp generate --nginx: runs site.conf alone, e.g. nginx -p "$PWD" -c nginx.conf
        worker_processes 1;
        pid nginx.pid;
        error_log stderr;

        events {
            worker_connections 256;
        }

        http {
            types {
                text/html html;
                text/css css;
                image/svg+xml svg;
                image/png png;
                application/json json;
            }
            default_type application/octet-stream;
            access_log off;
            client_body_temp_path client_body;
            proxy_temp_path proxy;
            fastcgi_temp_path fastcgi;
            uwsgi_temp_path uwsgi;
            scgi_temp_path scgi;
            map_hash_max_size 65536;
            map_hash_bucket_size 256;
            include site.conf;
        }

        """

    /// The path of the Digital Link `anchor` on the site at `baseURL` below the host, as nginx
    /// decodes it in `$uri`.
    static func path(of anchor: String, baseURL: String) -> String {
        let path = anchor.hasPrefix(baseURL) ? String(anchor.dropFirst(baseURL.count)) : anchor
        return path.removingPercentEncodingSafely
    }

    /// The `Link` header value pointing at the linkset of the key whose folder is at `url`.
    private static func linkHeader(_ url: String) -> String {
        "<\(url)/\(Linkset.fileName)>; rel=\"linkset\"; type=\"\(Linkset.mediaType)\""
    }

    /// `href` as a redirect target in a map value: every byte that is not printable ASCII, and `$`
    /// (which nginx would read as a variable), `"` and `\\`, written `%XX`.
    static func target(_ href: String) -> String {
        let needsEncoding: (UInt8) -> Bool = { byte in
            byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }
        guard href.utf8.contains(where: needsEncoding) else { return href }
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(href.utf8.count * 3)
        for byte in href.utf8 {
            if needsEncoding(byte) {
                bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as an nginx string in double quotes.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + text + "\"" }
        var quoted = "\""
        quoted.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
