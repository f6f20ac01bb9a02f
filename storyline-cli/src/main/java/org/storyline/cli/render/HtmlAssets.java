package org.storyline.cli.render;

/**
 * The inline style sheet and script of an HTML brief. Both are inline so that the page is one self-contained
 * file that opens offline; neither refers to anything outside the page.
 */
final class HtmlAssets {
    private HtmlAssets() {}

    /** Blocks every load from outside the page: the brief must open offline and leak nothing when opened. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    static final String STYLE =
            """
            :root { --ink: #1d1f23; --muted: #5f6570; --rule: #d9dce1; --accent: #0b5cad;
              --mark: #fff5c2; --mark-active: #ffc94d; --warn: #b3261e; --warn-bg: #fdecea; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; color: var(--ink); background: #fff;
              font: 17px/1.6 Georgia, "Times New Roman", serif; }
            header.page, main, footer.page { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
            header.page { padding-top: 1.5rem; }
            .kicker, .meta, nav, h2, h3, table, .source-head, footer.page, .flag, .role, .aliases, time {
              font-family: "Helvetica Neue", Arial, sans-serif; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted);
              margin: 0; }
            nav ol { padding-left: 1.2rem; font-size: .9rem; }
            h1 { font-size: 2rem; line-height: 1.2; margin: .4rem 0 .2rem; }
            h2 { font-size: .85rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
              border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin: 2rem 0 .75rem; }
            h3 { font-size: 1rem; margin: 0; }
            .meta { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; }
            article.story { padding-bottom: 2rem; border-bottom: 3px double var(--rule); }
            ul, ol { padding-left: 1.2rem; }
            li { margin: .35rem 0; }
            ol.timeline { list-style: none; padding: 0; }
            ol.timeline li { display: grid; grid-template-columns: 8.5rem 1fr; gap: .75rem; }
            time { color: var(--muted); font-size: .85rem; padding-top: .2rem; }
            .role, .aliases { color: var(--muted); font-size: .85rem; }
            blockquote { margin: 0 0 1rem; padding: .1rem 0 .1rem 1rem; border-left: 3px solid var(--rule); }
            blockquote p { margin: 0; }
            blockquote.reported p { font-style: italic; }
            blockquote footer { color: var(--muted); font-size: .9rem; }
            a { color: var(--accent); }
            a.cite { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .72rem; vertical-align: super;
              line-height: 0; text-decoration: none; margin-left: .1rem; }
            a.cite:hover, a.cite:focus { text-decoration: underline; }
            table { border-collapse: collapse; width: 100%; font-size: .85rem; }
            th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
            th { color: var(--muted); font-weight: 600; }
            td.date { white-space: nowrap; }
            tr.differs td { background: var(--warn-bg); }
            .flag { display: inline-block; color: var(--warn); border: 1px solid var(--warn); border-radius: 3px;
              font-size: .7rem; font-weight: 700; padding: 0 .3rem; margin-left: .3rem; white-space: nowrap; }
            .source { margin: 1.5rem 0; }
            .source-head { font-size: .85rem; color: var(--muted); margin: .15rem 0 .5rem; overflow-wrap: anywhere; }
            .text { white-space: pre-wrap; font-size: .95rem; border-left: 3px solid var(--rule); padding-left: 1rem; }
            mark { background: var(--mark); color: inherit; padding: 0 .05rem; border-radius: 2px; }
            mark:target, mark.active { background: var(--mark-active); outline: 2px solid var(--mark-active); }
            .skipped li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; }
            footer.page { color: var(--muted); font-size: .8rem; padding: 2rem 1.25rem; }
            @media print {
              body { font-size: 11pt; }
              nav, footer.page { display: none; }
              a { color: inherit; text-decoration: none; }
              .source-head a[href]::after { content: " (" attr(href) ")"; }
              h2, h3 { break-after: avoid; }
              li, blockquote, tr { break-inside: avoid; }
              mark { background: none; text-decoration: underline; }
            }
            """;

    /** Highlights the passage a citation points to and scrolls it into view (the :target style works without it). */
    static final String SCRIPT =
            """
            document.addEventListener('click', function (event) {
              var link = event.target.closest('a.cite');
              if (!link) { return; }
              var target = document.getElementById(link.getAttribute('href').slice(1));
              if (!target) { return; }
              event.preventDefault();
              document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
              target.classList.add('active');
              target.scrollIntoView({ behavior: 'smooth', block: 'center' });
              history.replaceState(null, '', '#' + target.id);
            });
            """;
}
