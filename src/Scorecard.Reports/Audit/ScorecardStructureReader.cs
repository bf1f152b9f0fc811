using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Reports.Audit.Reading;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Recovers a scorecard's structure from rows of cells, whatever the export did to them. It finds
/// the header and its period columns, priorities, and indicator rows with footnotes and sub-groups.
/// Each confidence-interval row is attached to the indicator above it, even when shifted a column.
/// </summary>
/// <remarks>
/// Values are kept as cell text here. How each row's cells line up with the header is settled by
/// <see cref="ScorecardAuditor"/>, which can try a neighbouring alignment when a row does not add up.
/// </remarks>
public static partial class ScorecardStructureReader
{
    /// <summary>Reads the file at <paramref name="path"/> and recovers its structure.</summary>
    /// <exception cref="AuditInputException">The file cannot be read or has no recognisable scorecard.</exception>
    public static PublishedScorecard Read(string path, ScorecardFileFormat? format = null) =>
        Recover(PublishedTableReader.Read(path, format));

    /// <summary>Recovers the structure of <paramref name="table"/>.</summary>
    /// <exception cref="AuditInputException">The table has no header, a header without the needed columns, or no indicator rows.</exception>
    public static PublishedScorecard Recover(RawTable table)
    {
        var rows = table.Rows.Select(row => (row.Line, Cells: row.Cells.Select(CellText.Clean).ToList())).ToList();
        var filled = rows.Where(row => row.Cells.Any(cell => cell.Text.Length > 0)).ToList();
        if (filled.Count == 0)
        {
            throw AuditThrow.EmptyFile(table.File);
        }

        var headerIndex = filled.FindIndex(row => row.Cells.Any(cell => PeriodLabel.Pattern.IsMatch(cell.Text)));
        if (headerIndex < 0)
        {
            throw AuditThrow.NoHeader(table.File, table.Format == ScorecardFileFormat.Delimited ? "text" : table.Format.ToString().ToUpperInvariant());
        }

        var notes = new List<StructureNote>();
        for (var i = 0; i < headerIndex; i++)
        {
            notes.Add(new StructureNote(filled[i].Line, $"Skipped '{FirstText(filled[i].Cells)}' above the header row."));
        }

        var header = ReadHeader(table, filled[headerIndex].Line, filled[headerIndex].Cells);
        var builder = new Builder(table, header, notes);
        for (var i = headerIndex + 1; i < filled.Count; i++)
        {
            builder.Add(filled[i].Line, filled[i].Cells, isLast: i == filled.Count - 1);
        }

        return builder.Build();
    }

    private static HeaderRow ReadHeader(RawTable table, int line, IReadOnlyList<CleanCell> cells)
    {
        var headings = cells.Select(cell => cell.Text).ToList();
        var periods = headings
            .Select((text, index) => (text, index))
            .Where(heading => PeriodLabel.Pattern.IsMatch(heading.text))
            .Select(heading => new PeriodColumn(heading.index + 1, heading.text, PeriodLabel.TryParse(heading.text)))
            .ToList();

        var location = table.LocateRow(line);
        if (periods.Count < 2)
        {
            throw AuditThrow.TooFewPeriods(table.File, location, periods.Count);
        }

        if (periods[0].Column == 1)
        {
            throw AuditThrow.NoLabelColumn(table.File, location);
        }

        var afterPeriods = periods[^1].Column;
        int Find(string name, Predicate<string> matches)
        {
            var index = headings.FindIndex(afterPeriods, matches);
            return index >= 0 ? index + 1 : throw AuditThrow.HeaderMissingColumn(table.File, location, name, headings.Where(text => text.Length > 0));
        }

        var percent = Find("% Difference", text => IsDifference(text) && IsPercent(text));
        var number = Find("Number Difference", text => IsDifference(text) && !IsPercent(text));
        var direction = Find("Direction of Travel", text => text.Contains("direction", StringComparison.OrdinalIgnoreCase));

        return new HeaderRow(line, headings, periods[0].Column - 1, periods, number, percent, direction);
    }

    private static bool IsDifference(string heading) =>
        heading.Contains("difference", StringComparison.OrdinalIgnoreCase) || heading.Contains("change", StringComparison.OrdinalIgnoreCase);

    private static bool IsPercent(string heading) =>
        heading.Contains('%') || heading.Contains("percent", StringComparison.OrdinalIgnoreCase);

    private static bool IsIntervalLabel(string text) => text.Contains("confidence interval", StringComparison.OrdinalIgnoreCase);

    private static string FirstText(IReadOnlyList<CleanCell> cells) => cells.First(cell => cell.Text.Length > 0).Text;

    private static string Columns(int first, int count) =>
        count == 1 ? $"column {first}" : $"columns {first} to {first + count - 1}";

    [GeneratedRegex(@"^Priority\s+(?<number>\d+)\s*[-\u2013\u2014:.]?\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityPattern();

    // Collects priorities and indicators row by row.
    private sealed class Builder(RawTable table, HeaderRow header, List<StructureNote> notes)
    {
        private readonly List<PublishedPriority> _priorities = [];
        private readonly List<HeaderRow> _repeatedHeaders = [];
        private List<PublishedIndicator> _indicators = [];
        private int _priorityNumber;
        private string _priorityTitle = "";
        private int _priorityLine;
        private PublishedIndicator? _lastIndicator;

        private int Periods => header.Periods.Count;

        // Period values, number difference, % difference and direction, with any gaps the header has.
        private int FieldCount => header.FieldWidth;

        public void Add(int line, List<CleanCell> cells, bool isLast)
        {
            if (cells.Any(cell => PeriodLabel.Pattern.IsMatch(cell.Text)))
            {
                AddRepeatedHeader(line, cells);
                return;
            }

            var labelIndex = header.LabelColumn - 1;
            var priorityCell = cells.Take(labelIndex).FirstOrDefault(cell => cell.Text.Length > 0);
            if (priorityCell is not null)
            {
                StartPriority(line, priorityCell.Text);
            }

            var labelAt = cells.FindIndex(labelIndex, cell => cell.Text.Length > 0);
            if (labelAt < 0)
            {
                _lastIndicator = null;
                return;
            }

            if (IsIntervalLabel(cells[labelAt].Text))
            {
                AddInterval(line, cells, labelAt, isLast);
                return;
            }

            // A table without a priority column names each priority on a row of its own in the label column.
            var onlyLabel = cells.Skip(labelAt + 1).All(cell => cell.Text.Length == 0);
            if (onlyLabel && PriorityPattern().IsMatch(cells[labelAt].Text))
            {
                StartPriority(line, cells[labelAt].Text);
                _lastIndicator = null;
                return;
            }

            AddIndicator(line, cells, labelAt, isLast);
        }

        public PublishedScorecard Build()
        {
            ClosePriority();
            if (_priorities.Sum(priority => priority.Indicators.Count) == 0)
            {
                throw AuditThrow.NoIndicators(table.File, table.LocateRow(header.Line));
            }

            return new PublishedScorecard(table, header, _repeatedHeaders, _priorities, notes.OrderBy(note => note.Line).ToList());
        }

        private void AddRepeatedHeader(int line, List<CleanCell> cells)
        {
            var headings = cells.Select(cell => cell.Text).ToList();
            var same = headings.Where(text => text.Length > 0).SequenceEqual(header.Cells.Where(text => text.Length > 0));
            notes.Add(new StructureNote(line, same
                ? $"Skipped a repeat of the header row on line {header.Line}."
                : $"Skipped a repeated header row that differs from the one on line {header.Line}; its headings are checked too."));

            var repeated = ReadHeader(table, line, cells);
            _repeatedHeaders.Add(repeated);
            _lastIndicator = null;
        }

        private void StartPriority(int line, string text)
        {
            var match = PriorityPattern().Match(text);
            int number;
            string title;
            if (match.Success)
            {
                number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
                title = match.Groups["title"].Value.Trim();
            }
            else
            {
                number = _priorityNumber + 1;
                title = text;
                notes.Add(new StructureNote(line, $"'{text}' does not start with 'Priority N'; it was read as priority {number}."));
            }

            // A priority cell repeated on each of its rows (an HTML rowspan, or a filled-down spreadsheet) continues it.
            if (number == _priorityNumber && title == _priorityTitle)
            {
                return;
            }

            ClosePriority();
            _priorityNumber = number;
            _priorityTitle = title;
            _priorityLine = line;
        }

        private void ClosePriority()
        {
            if (_indicators.Count > 0)
            {
                _priorities.Add(new PublishedPriority(_priorityNumber, _priorityTitle, _priorityLine, _indicators));
            }

            _indicators = [];
        }

        private void AddIndicator(int line, List<CleanCell> cells, int labelAt, bool isLast)
        {
            var label = cells[labelAt];
            if (_priorityLine == 0)
            {
                _priorityLine = line;
                notes.Add(new StructureNote(line, $"'{label.Text}' comes before any priority row; it was put under priority 0."));
            }

            var valueAt = labelAt + 1;
            string? subGroup = null;
            if (valueAt < cells.Count && IsSubGroup(cells[valueAt].Text))
            {
                subGroup = cells[valueAt].Text;
                valueAt++;
                notes.Add(new StructureNote(line, $"Sub-group '{subGroup}' sits in column {labelAt + 2}, the first value column; "
                    + $"the row's values were read from {Columns(valueAt + 1, Periods)}."));
            }

            if (labelAt != header.LabelColumn - 1)
            {
                notes.Add(new StructureNote(line, $"The label '{label.Text}' sits in column {labelAt + 1} rather than {header.LabelColumn}; "
                    + $"the row's values were read from the cells after it."));
            }

            var present = cells.Count - valueAt;
            if (isLast && present < FieldCount)
            {
                var last = cells.Last(cell => cell.Text.Length > 0).Text;
                throw AuditThrow.TruncatedRow(table.File, table.LocateRow(line), last, cells.Count, valueAt + FieldCount);
            }

            var valueCells = ToCells(line, cells, valueAt, FieldCount);
            var indicator = new PublishedIndicator(line, _priorityNumber, _priorityTitle, label.Text, label.Footnotes, subGroup, labelAt + 1, valueCells);
            _indicators.Add(indicator);
            _lastIndicator = indicator;
        }

        private void AddInterval(int line, List<CleanCell> cells, int labelAt, bool isLast)
        {
            var location = table.Locate(line, labelAt + 1);
            var indicator = _lastIndicator ?? throw AuditThrow.IntervalWithoutIndicator(table.File, location, cells[labelAt].Text);
            if (indicator.Interval is { } existing)
            {
                throw AuditThrow.SecondInterval(table.File, location, indicator.DisplayName, existing.Line);
            }

            var cellsAfter = ToCells(line, cells, labelAt + 1, Periods);
            if (isLast && cellsAfter.Take(Periods).Any(cell => cell.IsAbsent))
            {
                var last = cells.Last(cell => cell.Text.Length > 0).Text;
                throw AuditThrow.TruncatedRow(table.File, table.LocateRow(line), last, cells.Count, labelAt + 1 + Periods);
            }

            var interval = new PublishedInterval(line, labelAt + 1, cellsAfter.Take(Periods).ToList(), cellsAfter.Skip(Periods).ToList());
            indicator.Interval = interval;

            var intervalStart = labelAt + 2;
            var indicatorStart = indicator.ValueCells[0].Column;
            if (intervalStart != indicatorStart)
            {
                var shift = intervalStart - indicatorStart;
                var way = shift > 0 ? "right" : "left";
                var distance = Math.Abs(shift) == 1 ? "one column" : $"{Math.Abs(shift)} columns";
                notes.Add(new StructureNote(line, $"The confidence-interval row is shifted {distance} {way} of its indicator on line {indicator.Line}; "
                    + $"its half-widths were read from {Columns(intervalStart, Periods)}."));
            }
        }

        // A sub-group label is text in the first value column that is not a figure, a dash or a direction.
        private static bool IsSubGroup(string text) =>
            text.Length > 0
            && text is not ("-" or "\u2013" or "\u2014")
            && !PublishedNumber.TryParse(text, out _)
            && DirectionText.Parse(text) is null;

        // Cells from index 'start' to the end of the row, padded with absent cells to at least 'minimum'.
        private static List<PublishedCell> ToCells(int line, List<CleanCell> cells, int start, int minimum)
        {
            var result = new List<PublishedCell>();
            for (var index = start; index < cells.Count; index++)
            {
                result.Add(new PublishedCell(cells[index].Text, line, index + 1));
            }

            while (result.Count < minimum)
            {
                result.Add(new PublishedCell("", line, start + result.Count + 1, IsAbsent: true));
            }

            return result;
        }
    }
}
