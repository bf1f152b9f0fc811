using System.Text;
using Scorecard.Core.Comparison;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class CsvScorecardRendererTests
{
    private static readonly string Csv = Render(TestReports.Essex());
    private static readonly List<List<string>> AllRecords = ParseRfc4180(Csv);
    private static readonly List<List<string>> Records = AllRecords.TakeWhile(record => record is not [""]).ToList();
    private static readonly List<List<string>> Metadata = AllRecords.SkipWhile(record => record is not [""]).Skip(1).ToList();
    private const string PolarityMethod = "polarity: any change counts, and equal is Stable";

    private static readonly string[] ExpectedHeader =
    [
        "priority", "indicator id", "indicator", "footnotes", "unit", "polarity",
        "12 months to Dec 2019", "12 months to May 2023", "12 months to May 2024",
        "Number Difference 2023/24", "% Difference 2023/24", "Direction of Travel 2023/24", "notes",
        "subgroup", "direction method",
        "confidence interval half-width 12 months to Dec 2019", "confidence interval half-width 12 months to May 2023",
        "confidence interval half-width 12 months to May 2024",
    ];

    [Fact]
    public void Render_HeaderUsesGeneratedLabels()
    {
        Assert.Equal(ExpectedHeader, Records[0]);
    }

    [Fact]
    public void Render_OneRecordPerIndicatorAfterHeader()
    {
        Assert.Equal(12, Records.Count);
    }

    [Fact]
    public void Render_EveryRecordHasEveryColumn()
    {
        Assert.All(Records, record => Assert.Equal(ExpectedHeader.Length, record.Count));
    }

    [Fact]
    public void Render_IndicatorsInPublishedOrder()
    {
        Assert.Equal(
            ["all-crime", "harm-score", "homicides", "calls-abandoned", "wait-time", "drug-homicides", "knife-crime", "ocg-disruptions", "children", "investigation-days", "dog-thefts-solved"],
            Records.Skip(1).Select(record => record[1]));
    }

    [Fact]
    public void Render_AllCrimeRecordWithoutThousandsSeparators()
    {
        Assert.Equal(
            ["Priority 1 - Further investment in crime prevention", "all-crime", "Number of all crime offences", "", "count", "lower is better",
             "168218", "161421", "150319", "-11102", "-6.9", "Improving", "", "", PolarityMethod, "", "", ""],
            Record("all-crime"));
    }

    [Fact]
    public void Render_PercentageRecordRoundedAsDisplayed()
    {
        Assert.Equal(["34.0", "35.7", "27.3", "-8.5", "-"], Record("calls-abandoned")[6..11]);
    }

    [Fact]
    public void Render_DurationRecordAsMinutesAndSeconds()
    {
        Assert.Equal(["duration (mm:ss)", "lower is better", "07:00", "10:14", "08:38", "-01:36", "-"], Record("wait-time")[4..11]);
    }

    [Fact]
    public void Render_FootnotesListedInOneField()
    {
        Assert.Equal("2, 6", Record("drug-homicides")[3]);
    }

    [Fact]
    public void Render_SuppressedPercentDifferenceIsDash()
    {
        Assert.Equal("-", Record("drug-homicides")[10]);
    }

    [Fact]
    public void Render_NotAvailableValueIsEmptyCell()
    {
        Assert.Equal("", Record("knife-crime")[6]);
    }

    [Fact]
    public void Render_NotAvailableValueNoteInNotesColumn()
    {
        Assert.Equal("a: " + TestReports.MissingBaselineNote, Record("knife-crime")[12]);
    }

    [Fact]
    public void Render_NotAvailableCurrent_DashesAndNa()
    {
        Assert.Equal(["5259", "6020", "", "-", "-", "n/a", "b: " + TestReports.MissingCurrentNote], Record("children")[6..13]);
    }

    [Fact]
    public void Render_SpecialCharactersKeptLiterally()
    {
        Assert.Equal(TestReports.ChildrenLabel, Record("children")[2]);
    }

    [Fact]
    public void Render_HigherIsBetterPolarity()
    {
        Assert.Equal("higher is better", Record("ocg-disruptions")[5]);
    }

    [Fact]
    public void Render_StableCountShowsZeroDifference()
    {
        // 3 -> 3 dog thefts solved: difference 0, % difference 0 / 3 x 100 = 0.0, Stable.
        Assert.Equal(["0", "0.0", "Stable"], Record("dog-thefts-solved")[9..12]);
    }

    [Fact]
    public void Render_PriorityRepeatedOnEveryRecord()
    {
        Assert.Equal("Priority 2 - Reducing drug driven violence", Record("ocg-disruptions")[0]);
    }

    [Fact]
    public void Render_EveryLineEndsWithCrLf()
    {
        var withoutCrLf = Csv.Replace("\r\n", "", StringComparison.Ordinal);

        Assert.DoesNotContain('\n', withoutCrLf);
        Assert.DoesNotContain('\r', withoutCrLf);
        Assert.EndsWith("\r\n", Csv);
    }

    [Fact]
    public void Render_FieldWithCommaAndQuoteParsedBack()
    {
        const string label = "Offences, \"serious\" only";
        var records = ParseRfc4180(Render(TestReports.SingleRow(label)));

        Assert.Equal(label, records[1][2]);
    }

    [Fact]
    public void Render_FieldWithCommaQuoted()
    {
        var csv = Render(TestReports.SingleRow("Offences, \"serious\" only"));

        Assert.Contains(",\"Offences, \"\"serious\"\" only\",", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void Render_FormulaLikeLabelPrefixedWithApostrophe(string label)
    {
        var records = ParseRfc4180(Render(TestReports.SingleRow(label)));

        Assert.Equal("'" + label, records[1][2]);
    }

    [Fact]
    public void Render_NegativeFiguresNotPrefixed()
    {
        var records = ParseRfc4180(Render(TestReports.SingleRow("Offences", 100, 90, 80)));

        Assert.Equal("-10", records[1][9]);
    }

    [Fact]
    public void Render_SurveyRecordHasSubgroupMethodAndIntervals()
    {
        var record = ParseRfc4180(Render(TestReports.Surveys())).TakeWhile(fields => fields is not [""]).Single(fields => fields[1] == "non-victims");

        Assert.Equal(["75.5", "78.3", "2.8", "-", "Improving"], record[7..12]);
        Assert.Equal("Non-Victims", record[13]);
        Assert.Equal(new TwoProportionZTestDirectionMethod().Name, record[14]);
        Assert.Equal(["1.1", "1.0", "1.0"], record[15..18]);
    }

    [Fact]
    public void Render_SurveyWithoutBaselineIntervalIsDash()
    {
        var record = ParseRfc4180(Render(TestReports.Surveys())).TakeWhile(fields => fields is not [""]).Single(fields => fields[1] == "drug-response");

        Assert.Equal(["-", "1.2", "1.2"], record[15..18]);
    }

    [Fact]
    public void Render_MetadataAfterEmptyLine()
    {
        Assert.Equal(["section", "name", "value"], Metadata[0]);
    }

    [Fact]
    public void Render_MetadataRowsHaveThreeFields()
    {
        Assert.All(Metadata, record => Assert.Equal(3, record.Count));
    }

    [Theory]
    [InlineData("footnote", "6", "Drug-related homicides are a subset of all homicides.")]
    [InlineData("data note", "a", TestReports.MissingBaselineNote)]
    [InlineData("method", "M1", "Direction of travel by " + PolarityMethod + ".")]
    [InlineData("coverage", "police.uk street-level crimes (essex)", "first month Dec 2017; last month May 2024; months missing 4 (Jul 2019 to Sep 2019, Jan 2020); rows 1,234,567")]
    [InlineData("provenance", "plan", "Police, Fire and Crime Plan 2021-2024")]
    [InlineData("provenance", "plan file sha-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("provenance", "scorecard version", "0.1.0")]
    [InlineData("provenance", "date generated", "4 December 2026 20:45 UTC")]
    public void Render_MetadataRow(string section, string name, string value)
    {
        Assert.Contains([section, name, value], Metadata);
    }

    private List<string> Record(string indicatorId) => Records.Single(record => record[1] == indicatorId);

    private static string Render(ScorecardReport report)
    {
        var writer = new StringWriter();
        new CsvScorecardRenderer().Render(report, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Parses CSV by RFC 4180: records end in CRLF, fields are separated by commas, a quoted field
    /// may contain commas, CRLF and doubled quotes. Anything else fails the test.
    /// </summary>
    private static List<List<string>> ParseRfc4180(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "A quoted field is not closed.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r')
            {
                Assert.NotEqual('"', text[i]);
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }

            record.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n', $"Record {records.Count + 1} does not end in CRLF.");
            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
