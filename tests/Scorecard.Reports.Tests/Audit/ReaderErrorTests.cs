using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>Input that cannot be audited gives one clear error naming the file, the place and the value.</summary>
public class ReaderErrorTests
{
    private static AuditInputException ReadFails(string text, string extension = ".tsv")
    {
        var path = AuditTestFiles.Write(text, extension);
        var error = Assert.Throws<AuditInputException>(() => ScorecardStructureReader.Read(path));
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Read_EmptyFile_SaysEmpty()
    {
        var error = ReadFails("");

        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankLinesOnly_SaysEmpty()
    {
        var error = ReadFails("\n\t\t\n\n");

        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysNotFound()
    {
        var path = AuditTestFiles.NewPath(".tsv");

        var error = Assert.Throws<AuditInputException>(() => ScorecardStructureReader.Read(path));

        Assert.Contains("file not found", error.Message, StringComparison.Ordinal);
    }

    // The file was cut off after "54" on the dog thefts row, line 7.
    [Fact]
    public void Read_TruncatedFile_NamesLineAndLastValue()
    {
        var tsv = SmallTables.Tsv;
        var cut = tsv[..(tsv.IndexOf("\t54\t", StringComparison.Ordinal) + 3)];

        var error = ReadFails(cut);

        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
        Assert.Contains("'54'", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    // The file ends inside the interval row, after the previous year's half-width.
    [Fact]
    public void Read_TruncatedIntervalRow_NamesLine()
    {
        var tsv = string.Join('\n', SmallTables.Header, SmallTables.Confidence, "\t<i>Confidence Interval</i>\t1.1\t1.0");

        var error = ReadFails(tsv);

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1.0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedAfterHeader_SaysNoIndicators()
    {
        var error = ReadFails(SmallTables.Header + "\n");

        Assert.Contains("no indicator rows", error.Message, StringComparison.Ordinal);
    }

    // Removes the % Difference heading and its cell from every row.
    [Fact]
    public void Read_MissingColumn_NamesHeaderLineAndColumn()
    {
        var lines = SmallTables.Tsv.TrimEnd('\n').Split('\n')
            .Select(line => line.Split('\t').ToList())
            .Select(cells =>
            {
                if (cells.Count > 6)
                {
                    cells.RemoveAt(6);
                }

                return string.Join('\t', cells);
            });

        var error = ReadFails(string.Join('\n', lines));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("no '% Difference' column", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Direction of Travel 2023/24'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPeriodHeadings_SaysNoHeader()
    {
        var error = ReadFails("Indicator\tThis year\tLast year\nNumber of homicides\t17\t14\n");

        Assert.Contains("no header row found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnePeriodOnly_SaysTwoNeeded()
    {
        var error = ReadFails("Priority\tIndicator\t12 months to May 2024\tNumber Difference\t% Difference\tDirection of Travel\n");

        Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IntervalFirst_SaysNoIndicatorAbove()
    {
        var error = ReadFails(SmallTables.Header + "\n" + SmallTables.Interval + "\n" + SmallTables.DogThefts + "\n");

        Assert.Contains("line 2, column 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("no indicator row above it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoIntervals_SaysSecond()
    {
        var error = ReadFails(SmallTables.TsvWith(SmallTables.Interval, SmallTables.Interval + "\n" + SmallTables.Interval));

        Assert.Contains("second confidence-interval row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedXlsx_SaysNotReadable()
    {
        var path = AuditTestFiles.NewPath(".xlsx");
        SmallTables.WriteXlsx(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<AuditInputException>(() => ScorecardStructureReader.Read(path));

        Assert.Contains("not a readable XLSX workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlWithoutTable_SaysNoTable()
    {
        var error = ReadFails("<html><body><p>Scorecard to follow</p></body></html>", ".html");

        Assert.Contains("no <table> element", error.Message, StringComparison.Ordinal);
    }
}
