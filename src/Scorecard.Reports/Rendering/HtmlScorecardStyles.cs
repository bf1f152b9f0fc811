namespace Scorecard.Reports.Rendering;

/// <summary>The inline style sheet of the HTML scorecard, for screens and for A4 landscape print.</summary>
internal static class HtmlScorecardStyles
{
    /// <summary>CSS with the direction colours taken from <see cref="DirectionStyle"/>.</summary>
    public static string StyleSheet { get; } = Build();

    private static string Build()
    {
        var directionRules = string.Concat(DirectionStyle.All.Select(style =>
            $".direction.{style.CssClass} {{ color: {style.TextColour}; background-color: {style.BackgroundColour}; }}\n"));
        return BaseRules + directionRules + PrintRules;
    }

    // Fonts are local only: DejaVu Sans where installed, otherwise the system's sans-serif.
    private const string BaseRules = """
        :root { color: #1b1b1b; background-color: #ffffff; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14px; line-height: 1.35; }
        body { margin: 24px auto; padding: 0 24px; max-width: 1500px; }
        h1 { font-size: 1.6rem; margin: 0 0 0.2rem; }
        h2 { font-size: 1.15rem; margin: 1.4rem 0 0.4rem; }
        .subtitle { margin: 0 0 1rem; font-size: 1.1rem; color: #3b3b3b; }
        table { border-collapse: collapse; }
        caption { caption-side: top; text-align: left; padding: 0 0 0.5rem; color: #3b3b3b; }
        th, td { border: 1px solid #9aa5b1; padding: 5px 8px; vertical-align: top; }
        thead th { background-color: #1f3a5f; color: #ffffff; font-weight: bold; text-align: left; vertical-align: bottom; }
        thead th.num { text-align: right; white-space: normal; }
        table.scorecard { width: 100%; table-layout: fixed; }
        table.scorecard col.priority { width: 13%; }
        table.scorecard col.indicator { width: 26%; }
        table.scorecard col.figure { width: 7.6%; }
        table.scorecard col.direction { width: 12%; }
        table.scorecard col.trend { width: 11%; }
        th.priority { background-color: #e3eaf3; text-align: left; font-weight: bold; }
        th.indicator { text-align: left; font-weight: normal; }
        tbody.priority:nth-of-type(even) th.indicator, tbody.priority:nth-of-type(even) td.num { background-color: #f2f5f9; }
        tbody.priority { border-top: 3px solid #1f3a5f; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.value-not-available { color: #474747; }
        td.direction { font-weight: bold; white-space: nowrap; }
        td.empty { color: #474747; font-style: italic; }
        tr.interval th, tr.interval td { font-size: 0.9em; color: #3b3b3b; padding-top: 2px; padding-bottom: 2px; }
        .subgroup { display: block; font-weight: bold; margin-top: 2px; }
        td.trend { padding: 2px 4px; vertical-align: middle; text-align: center; }
        td.trend a { display: inline-block; line-height: 0; }
        td.trend a:focus { outline: 2px solid #1f3a5f; outline-offset: 1px; }
        svg.sparkline { display: inline-block; max-width: 100%; height: auto; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
        .summary { max-width: 75rem; }
        .summary h3 { font-size: 1rem; margin: 0.8rem 0 0.2rem; }
        .summary p, .summary ul { margin: 0.2rem 0; }
        .charts figure { margin: 1rem 0 1.5rem; max-width: 900px; }
        .charts svg.spc-chart { display: block; width: 100%; height: auto; border: 1px solid #d0d7de; }
        .charts figcaption { margin-top: 0.3rem; }
        .charts details { margin-top: 0.3rem; }
        .charts h3 { font-size: 1rem; margin: 1rem 0 0.2rem; }
        table.series th, table.series td { padding: 2px 8px; }
        table.series th[scope="row"] { text-align: left; font-weight: normal; }
        sup { font-size: 0.7em; line-height: 0; }
        sup a { color: inherit; text-decoration: none; }
        .legend { margin: 0.5rem 0 0; color: #3b3b3b; }
        .legend .direction { display: inline-block; padding: 1px 6px; margin-right: 4px; font-weight: bold; }
        dl.notes { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; margin: 0; }
        dl.notes dt { font-weight: bold; }
        dl.notes dd { margin: 0; }
        .provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; margin: 0; }
        .provenance dt { font-weight: bold; }
        .provenance dd { margin: 0; }
        code.hash { overflow-wrap: anywhere; }
        table.coverage th[scope="row"] { text-align: left; font-weight: normal; }
        .licence { margin-top: 1.5rem; color: #3b3b3b; }
        @media screen and (max-width: 900px) { table.scorecard { table-layout: auto; } }

        """;

    // Each page repeats the header row, like the published scorecards, and keeps whole rows together.
    private const string PrintRules = """
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          :root { font-size: 8.5pt; }
          body { margin: 0; padding: 0; max-width: none; }
          thead { display: table-header-group; }
          tr, dt, dd, li { break-inside: avoid; page-break-inside: avoid; }
          h2 { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
          th, td, .legend .direction, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          tbody.priority + tbody.priority { break-before: page; page-break-before: always; }
          table.scorecard { break-before: page; page-break-before: always; }
          .charts { break-before: page; page-break-before: always; }
          .charts figure { break-inside: avoid; page-break-inside: avoid; display: inline-block; vertical-align: top; width: 48%; max-width: none; margin: 0 1% 4mm 0; }
          .charts figcaption { font-size: 0.9em; }
          .back-link { display: none; }
          .charts details { display: none; }
          .charts h3 { break-after: avoid; page-break-after: avoid; }
        }

        """;
}
