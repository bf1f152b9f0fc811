using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Scorecard.Reports.Audit.Reading;

/// <summary>
/// Reads the scorecard tables of an HTML page. These are the tables with a period label such as
/// "12 months to May 2024", in page order, or the first table when none has one. Cells keep their
/// inner HTML, so footnote markers (&lt;sup&gt;) are recovered the same way as in text exports.
/// A cell spanning several rows is repeated in each; one spanning several columns fills the first
/// and leaves the others empty.
/// </summary>
internal static class HtmlTableReader
{
    public static RawTable Read(string file, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var tables = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        if (tables.Count == 0)
        {
            throw AuditThrow.NoHtmlTable(file);
        }

        var scorecardTables = tables.Where(table => PeriodLabel.Pattern.IsMatch(table.TextContent)).ToList();
        var rows = new List<RawRow>();
        foreach (var table in scorecardTables.Count > 0 ? scorecardTables : tables.Take(1))
        {
            rows.AddRange(ReadTable(table));
        }

        return new RawTable(file, ScorecardFileFormat.Html, rows);
    }

    private static IEnumerable<RawRow> ReadTable(IHtmlTableElement table)
    {
        // Cells still owed to later rows by a rowspan: column -> (rows left, inner HTML).
        var spans = new Dictionary<int, (int RowsLeft, string Html)>();
        var previousLine = 0;
        foreach (var row in table.Rows)
        {
            var line = row.SourceReference?.Position.Line ?? previousLine + 1;
            previousLine = line;
            var cells = new List<string>();
            var sourceCells = new Queue<IHtmlTableCellElement>(row.Cells);

            while (sourceCells.Count > 0 || spans.Keys.Any(column => column >= cells.Count))
            {
                var column = cells.Count;
                if (spans.TryGetValue(column, out var span))
                {
                    cells.Add(span.Html);
                    spans[column] = (span.RowsLeft - 1, span.Html);
                    if (span.RowsLeft - 1 == 0)
                    {
                        spans.Remove(column);
                    }

                    continue;
                }

                if (sourceCells.Count == 0)
                {
                    cells.Add("");
                    continue;
                }

                var cell = sourceCells.Dequeue();
                var html = cell.InnerHtml.Trim();
                if (cell.RowSpan > 1)
                {
                    spans[column] = (cell.RowSpan - 1, html);
                }

                cells.Add(html);
                for (var extra = 1; extra < cell.ColumnSpan; extra++)
                {
                    cells.Add("");
                }
            }

            yield return new RawRow(line, cells);
        }
    }
}
