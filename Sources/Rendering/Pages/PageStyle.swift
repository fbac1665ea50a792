/// The inline style sheet of the consumer pages: one column, system fonts, readable on a phone.
enum PageStyle {
    static let css = """
        :root{--ink:#1d1d1b;--muted:#5f5a54;--line:#e4ded5;--accent:#8a5a2b;--wash:#faf7f2}\
        *{box-sizing:border-box}body{margin:0;background:var(--wash);color:var(--ink);\
        font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}\
        main{max-width:42rem;margin:0 auto;padding:1rem}\
        nav{display:flex;flex-wrap:wrap;gap:.3rem .8rem;justify-content:flex-end;font-size:.85rem;margin-bottom:.5rem}\
        header{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1rem;position:relative}\
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.15rem;margin:0 0 .5rem;color:var(--accent)}h3{font-size:1rem}\
        .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--muted);margin:0}\
        dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .8rem;margin:.5rem 0}dt{color:var(--muted)}dd{margin:0}.stacked{display:block}.stacked dd{margin-bottom:.4rem}\
        .qr{display:block;margin:.5rem auto 0}\
        section{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1rem;margin-top:1rem}\
        ul,ol{padding-left:1.2rem}li{margin:.35rem 0}small{display:block;color:var(--muted)}\
        .composition{font-size:1.2rem;font-weight:600;list-style:none;padding:0}\
        .origins{list-style:none;padding:0}.origins li{position:relative;padding:.4rem .5rem;border-radius:6px;overflow:hidden}\
        .bar{position:absolute;left:0;top:0;bottom:0;background:#f1e6d8;z-index:0}.origins li>*{position:relative}\
        .journey time{font-variant-numeric:tabular-nums;color:var(--muted)}\
        table{width:100%;border-collapse:collapse;font-size:.9rem}th,td{text-align:left;padding:.3rem;border-bottom:1px solid var(--line)}\
        a{color:var(--accent)}footer{font-size:.8rem;color:var(--muted);margin:1rem 0;overflow-wrap:break-word}\
        .url{overflow-wrap:anywhere}.chart{margin:.5rem 0}.chart svg{display:block;width:100%;height:auto}.herders th,.herders td,.footprint-stages th,.footprint-stages td{overflow-wrap:anywhere;hyphens:auto}.footprint-stages{font-size:.8rem}
        """
}
