using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>
/// The Essex scorecard for the 12 months to May 2024, read and audited in full.
/// </summary>
/// <remarks>
/// Counted by hand, the file has 50 lines: 2 blank lines, the header (line 3), a repeat of the header
/// (line 35), 39 indicator rows and 7 confidence-interval rows (lines 13, 19, 29, 34, 40, 42, 48).
/// The 39 indicator rows are 9 + 5 + 9 + 4 + 6 + 4 + 2 across priorities 1 to 7; priority 5 counts
/// the victims and non-victims rows separately and includes the disparity row.
///
/// Every row was worked through by hand. Rows that look odd, and what was decided:
/// - Line 10, 101 calls abandoned, 35.7 to 27.3 published -8.5: the shown figures give -8.4, but
///   the unrounded values lie in [35.65, 35.75] and [27.25, 27.35], so the difference lies in
///   [-8.5, -8.3]. Within rounding: a note, not a discrepancy.
/// - Line 12, confidence in policing, 73.5 to 76.1 published 2.5: shown figures give 2.6, range
///   [2.5, 2.7]. Within rounding. Intervals 72.5 to 74.5 and 75.1 to 77.1 do not overlap (gap 0.6,
///   more than the 0.2 that rounding of four figures allows), higher is better ('confidence'), so
///   Improving is right.
/// - Line 41, non-victims' confidence, 75.5 to 78.3 published 2.9: shown figures give 2.8, range
///   [2.7, 2.9]. Within rounding. Intervals 74.5 to 76.5 and 77.3 to 79.3 do not overlap: Improving.
/// - Lines 14, 49 and 50, drug-related homicides and dog thefts: counts with "-" for % difference.
///   Showing it is a per-indicator choice, so "-" is accepted for counts (54 to 44 dog thefts would
///   be -18.5%). 54 to 44 is Improving (lower is better); 3 to 3 is Stable.
/// - Line 17, OCG disruptions, 421 to 403 Deteriorating: 'disruptions' makes higher better, so a
///   fall is Deteriorating. Right.
/// - Lines 21, 24, 32, 45, solved offences falling: 'solved' makes higher better; Deteriorating is right.
/// - Line 25, NRM referrals, 234 to 332 Deteriorating: no higher-is-better words (only referrals to
///   Victim Support are), so lower is better and a rise is Deteriorating. Right.
/// - Line 38, referrals to Victim Support, 28,148 to 25,661 Deteriorating: higher is better. Right.
/// - Line 18, drug-crime confidence, 57.6 +-1.2 to 59.4 +-1.2 Stable: intervals 56.4 to 58.8 and
///   58.2 to 60.6 overlap. Right.
/// - Line 28, protecting children, 78.6 +-1.0 to 80.8 +-0.9 Improving: intervals 77.6 to 79.6 and
///   79.9 to 81.7 do not overlap (gap 0.3 exceeds the 0.2 rounding allowance). Right.
/// - Line 33, females feeling safe, 44.5 +-1.5 to 45.0 +-1.5 Stable: overlap. Right. Its interval
///   row (line 34) is shifted one column right and carries "0.0" (1.5 - 1.5) and "-" in the
///   difference columns. The 0.0 is checked as a difference of half-widths, and it agrees.
/// - Line 39, victims' confidence, 60.9 +-3.0 to 60.3 +-3.1 Stable: overlap. Right.
/// - Line 47, rural confidence, 74.0 +-2.0 to 76.4 +-1.9 Stable: intervals 72.0 to 76.0 and 74.5
///   to 78.3 overlap. Right. Its interval row (line 48) is shifted one column right.
/// - Lines 40 and 42, the sub-group interval rows, sit one column right of the header, in line
///   with their sub-group rows' values; read as they lie.
/// - Line 43, disparity between victims and non-victims: non-victims minus victims gives
///   66.1 - 52.7 = 13.4, 75.5 - 60.9 = 14.6, 78.3 - 60.3 = 18.0, all as published; 14.6 to 18.0 is
///   +3.4 and lower is better, so Deteriorating. Right.
/// - Line 11, 101 wait, 10:14 to 08:38: 614 s to 518 s is -96 s, shown as -01:36. Right.
/// - Line 3, "Direction of Travel 2022/23" over 12 months to May 2023 against May 2024: the only
///   real discrepancy; the difference headings' "2023/24" are right. The repeated header on line 35
///   is identical, so the wrong year is reported once.
/// All other rows agree exactly: every count difference and every % difference rounds to the
/// published figure (for example -11,102 / 161,421 x 100 = -6.88, shown -6.9).
/// </remarks>
public class ReferenceScorecardTests
{
    private static readonly PublishedScorecard Scorecard = ScorecardStructureReader.Read(AuditTestFiles.Reference);
    private static readonly AuditReport Report = ScorecardAuditor.Audit(Scorecard);

    // Every indicator row: line, priority, label start, sub-group, values, number difference, % difference, direction.
    public static TheoryData<int, int, string, string?, string, string, string, string, string, string> Rows => new()
    {
        { 4, 1, "Number of all crime offences", null, "168,218", "161,421", "150,319", "-11,102", "-6.9", "Improving" },
        { 5, 1, "Harm (Crime Severity) Score - All Crime", null, "13.8", "14.3", "13.8", "-0.5", "-", "Improving" },
        { 6, 1, "Number of homicides", null, "60", "14", "17", "3", "21.4", "Deteriorating" },
        { 7, 1, "Number of Anti-Social Behaviour incidents", null, "42,084", "18,868", "15,412", "-3,456", "-18.3", "Improving" },
        { 8, 1, "Number of CCC 101 calls received", null, "293,049", "214,950", "189,886", "-25,064", "-11.7", "Improving" },
        { 9, 1, "Number of online reports", null, "24,467", "36,952", "41,556", "4,604", "12.5", "Improving" },
        { 10, 1, "Percentage of CCC 101 Calls Abandoned", null, "34.0", "35.7", "27.3", "-8.5", "-", "Improving" },
        { 11, 1, "CCC 101 Average wait time (mm:ss)", null, "07:00", "10:14", "08:38", "-01:36", "-", "Improving" },
        { 12, 1, "Percentage of people who have confidence in policing in Essex", null, "64.7", "73.5", "76.1", "2.5", "-", "Improving" },
        { 14, 2, "Number of drug related homicides", null, "10", "1", "0", "-1", "-", "Improving" },
        { 15, 2, "Number of Violence with Injury offences", null, "15,012", "15,591", "14,477", "-1,114", "-7.1", "Improving" },
        { 16, 2, "Number of knife-enabled crime offences", null, "1,638", "1,593", "1,517", "-76", "-4.8", "Improving" },
        { 17, 2, "Number of Organised Criminal Group disruptions", null, "99", "421", "403", "-18", "-4.3", "Deteriorating" },
        { 18, 2, "Percentage of people who have confidence that the policing response to drug crime", null, "-", "57.6", "59.4", "1.8", "-", "Stable" },
        { 20, 3, "Number of domestic abuse offences", null, "29,726", "27,249", "24,199", "-3,050", "-11.2", "Improving" },
        { 21, 3, "Number of domestic abuse offences solved", null, "3,005", "3,155", "2,766", "-389", "-12.3", "Deteriorating" },
        { 22, 3, "Repeat victims of DA", null, "7,730", "8,078", "6,994", "-1,084", "-13.4", "Improving" },
        { 23, 3, "Number of child abuse offences", null, "5,259", "6,020", "5,500", "-520", "-8.6", "Improving" },
        { 24, 3, "Number of child abuse offences solved", null, "275", "477", "376", "-101", "-21.2", "Deteriorating" },
        { 25, 3, "NRM referrals (modern slavery)", null, "98", "234", "332", "98", "41.9", "Deteriorating" },
        { 26, 3, "Number of Domestic Violence Protection Notices", null, "169", "145", "181", "36", "24.8", "Improving" },
        { 27, 3, "Number of Domestic Violence Protection Orders", null, "169", "127", "156", "29", "22.8", "Improving" },
        { 28, 3, "Percentage of people who have confidence that the policing response to protecting children", null, "83.2", "78.6", "80.8", "2.2", "-", "Improving" },
        { 30, 4, "Number of violence against the person (including Stalking & Harassment offences) against females", null, "35,418", "36,035", "31,386", "-4,649", "-12.9", "Improving" },
        { 31, 4, "Number of sexual offences against females", null, "3,811", "4,654", "4,126", "-528", "-11.3", "Improving" },
        { 32, 4, "Number of sexual offences against females solved", null, "203", "306", "293", "-13", "-4.2", "Deteriorating" },
        { 33, 4, "Percentage of females who feel safe walking alone", null, "-", "44.5", "45.0", "0.5", "-", "Stable" },
        { 36, 5, "Number of offences with a repeat victim", null, "42,704", "43,881", "36,521", "-7,360", "-16.8", "Improving" },
        { 37, 5, "Average days taken to investigate High Harm offences", null, "44.2", "51.8", "67.7", "15.9", "-", "Deteriorating" },
        { 38, 5, "Number of referrals to Victim Support", null, "41,068", "28,148", "25,661", "-2,487", "-8.8", "Deteriorating" },
        { 39, 5, "Percentage of victims of crime who have confidence in policing in Essex", "Victims", "52.7", "60.9", "60.3", "-0.6", "-", "Stable" },
        { 41, 5, "Percentage of victims of crime who have confidence in policing in Essex", "Non-Victims", "66.1", "75.5", "78.3", "2.9", "-", "Improving" },
        { 43, 5, "Percentage disparity between victims and non-victims", null, "13.4", "14.6", "18.0", "3.4", "-", "Deteriorating" },
        { 44, 6, "Number of rural crime offences", null, "26,459", "23,703", "22,358", "-1,345", "-5.7", "Improving" },
        { 45, 6, "Number of rural crime offences solved", null, "3,047", "2,638", "2,609", "-29", "-1.1", "Deteriorating" },
        { 46, 6, "Harm (Crime Severity) Score for Rural Crime", null, "8.7", "8.3", "8.1", "-0.2", "-", "Improving" },
        { 47, 6, "Percentage of people who have confidence in policing of rural areas", null, "64.2", "74.0", "76.4", "2.4", "-", "Stable" },
        { 49, 7, "Number of dog thefts", null, "57", "54", "44", "-10", "-", "Improving" },
        { 50, 7, "Number of dog thefts solved", null, "2", "3", "3", "0", "-", "Stable" },
    };

    [Fact]
    public void Recover_Reference_Has39Indicators()
    {
        Assert.Equal(39, Scorecard.Indicators.Count());
    }

    [Fact]
    public void Recover_Reference_HasSevenPriorities()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Scorecard.Priorities.Select(priority => priority.Number));
    }

    [Fact]
    public void Recover_Reference_ReadsPriorityTitles()
    {
        Assert.Equal("Further investment in crime prevention", Scorecard.Priorities[0].Title);
        Assert.Equal("Preventing dog theft", Scorecard.Priorities[6].Title);
    }

    [Fact]
    public void Recover_Reference_IndicatorLinesMatchTable()
    {
        var expected = Rows.Select(row => (int)row[0]).ToList();
        Assert.Equal(expected, Scorecard.Indicators.Select(indicator => indicator.Line));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Recover_Reference_ReadsRow(int line, int priority, string label, string? subGroup, string baseline, string previous, string current, string number, string percent, string direction)
    {
        var audit = Report.Indicators.Single(candidate => candidate.Indicator.Line == line);
        var reading = audit.Reading;

        Assert.Equal(priority, audit.Indicator.PriorityNumber);
        Assert.StartsWith(label, audit.Indicator.Label);
        Assert.Equal(subGroup, audit.Indicator.SubGroup);
        Assert.Equal([baseline, previous, current], reading.Values.Select(cell => cell.Text));
        Assert.Equal(number, reading.NumberDifference.Text);
        Assert.Equal(percent, reading.PercentDifference.Text);
        Assert.Equal(direction, reading.Direction.Text);
        Assert.Null(audit.Realignment);
    }

    [Fact]
    public void Recover_Reference_StripsTagsFromLabels()
    {
        Assert.DoesNotContain(Scorecard.Indicators, indicator => indicator.Label.Contains('<'));
    }

    [Theory]
    [InlineData(5, "1")]
    [InlineData(12, "4")]
    [InlineData(36, "20")]
    [InlineData(49, "12")]
    public void Recover_Reference_ReadsFootnote(int line, string footnote)
    {
        var indicator = Scorecard.Indicators.Single(candidate => candidate.Line == line);

        Assert.Equal([footnote], indicator.Footnotes);
    }

    [Fact]
    public void Recover_Reference_LabelWithoutMarkerHasNoFootnotes()
    {
        var indicator = Scorecard.Indicators.Single(candidate => candidate.Line == 4);

        Assert.Empty(indicator.Footnotes);
    }

    // Indicator line, interval line, half-widths as published (blank or "-" where none).
    [Theory]
    [InlineData(12, 13, "1.1", "1.0", "1.0")]
    [InlineData(18, 19, "", "1.2", "1.2")]
    [InlineData(28, 29, "1.0", "1.0", "0.9")]
    [InlineData(33, 34, "-", "1.5", "1.5")]
    [InlineData(39, 40, "3.5", "3.0", "3.1")]
    [InlineData(41, 42, "1.1", "1.0", "1.0")]
    [InlineData(47, 48, "2.1", "2.0", "1.9")]
    public void Recover_Reference_AttachesInterval(int indicatorLine, int intervalLine, string baseline, string previous, string current)
    {
        var interval = Scorecard.Indicators.Single(candidate => candidate.Line == indicatorLine).Interval;

        Assert.NotNull(interval);
        Assert.Equal(intervalLine, interval.Line);
        Assert.Equal([baseline, previous, current], interval.HalfWidths.Select(cell => cell.Text));
    }

    [Fact]
    public void Recover_Reference_HasSevenIntervals()
    {
        Assert.Equal(7, Scorecard.Indicators.Count(indicator => indicator.Interval is not null));
    }

    [Fact]
    public void Recover_Reference_ReadsPeriods()
    {
        Assert.Equal(["12 months to Dec 2019", "12 months to May 2023", "12 months to May 2024"], Scorecard.Header.Periods.Select(period => period.Label));
        Assert.Equal(Window.MonthsEnding(12, new ReportMonth(2024, 5)), Scorecard.Header.Current.Window);
        Assert.Equal(Window.MonthsEnding(12, new ReportMonth(2019, 12)), Scorecard.Header.Periods[0].Window);
    }

    [Fact]
    public void Recover_Reference_FindsDifferenceColumns()
    {
        Assert.Equal(3, Scorecard.Header.Line);
        Assert.Equal(6, Scorecard.Header.NumberDifferenceColumn);
        Assert.Equal(7, Scorecard.Header.PercentDifferenceColumn);
        Assert.Equal(8, Scorecard.Header.DirectionColumn);
    }

    [Fact]
    public void Recover_Reference_SkipsRepeatedHeader()
    {
        Assert.Equal([35], Scorecard.RepeatedHeaders.Select(header => header.Line));
    }

    [Theory]
    [InlineData(34, "shifted one column right")]
    [InlineData(48, "shifted one column right")]
    [InlineData(39, "Sub-group 'Victims'")]
    [InlineData(41, "Sub-group 'Non-Victims'")]
    [InlineData(35, "repeat of the header")]
    public void Recover_Reference_NotesRecovery(int line, string words)
    {
        Assert.Contains(Scorecard.Notes, note => note.Line == line && note.Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_Reference_FindsOneDiscrepancy()
    {
        Assert.Single(Report.Discrepancies);
    }

    [Fact]
    public void Audit_Reference_FindsDirectionHeaderYear()
    {
        var finding = Report.Discrepancies.Single();

        Assert.Equal(FindingCause.HeaderWrongYear, finding.Cause);
        Assert.Equal(3, finding.Line);
        Assert.Equal(8, finding.Column);
        Assert.Equal("2022/23", finding.Published);
        Assert.Equal("2023/24", finding.Recomputed);
    }

    [Fact]
    public void Audit_Reference_ExplainsThreeByRounding()
    {
        var rounding = Report.ExplainedByRounding.Select(finding => (finding.Line, finding.Column, finding.Published, finding.Recomputed)).ToList();

        Assert.Equal([(10, 6, "-8.5", "-8.4"), (12, 6, "2.5", "2.6"), (41, 7, "2.9", "2.8")], rounding);
    }

    [Fact]
    public void Audit_Reference_ExitCodeIsOne()
    {
        Assert.Equal(1, Report.ExitCode);
    }

    [Fact]
    public void Audit_Reference_ComparesYears()
    {
        Assert.Equal("2023/24", Report.ComparisonYears);
    }

    [Theory]
    [InlineData(4, Unit.Count, "'Number of'")]
    [InlineData(5, Unit.Score, "'Score'")]
    [InlineData(10, Unit.Percentage, "'Percentage of'")]
    [InlineData(11, Unit.DurationSeconds, "'(mm:ss)'")]
    [InlineData(22, Unit.Count, "every value is a whole number")]
    [InlineData(37, Unit.Days, "'Average days'")]
    [InlineData(43, Unit.Percentage, "'Percentage'")]
    public void Audit_Reference_InfersUnit(int line, Unit unit, string basis)
    {
        var profile = Report.Indicators.Single(audit => audit.Indicator.Line == line).Profile;

        Assert.Equal(unit, profile.Unit);
        Assert.Contains(basis, profile.UnitBasis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, Polarity.LowerIsBetter, "none of the higher-is-better words")]
    [InlineData(9, Polarity.HigherIsBetter, "'online reports'")]
    [InlineData(17, Polarity.HigherIsBetter, "'disruptions'")]
    [InlineData(21, Polarity.HigherIsBetter, "'solved'")]
    [InlineData(25, Polarity.LowerIsBetter, "none of the higher-is-better words")]
    [InlineData(26, Polarity.HigherIsBetter, "'Protection Notice'")]
    [InlineData(27, Polarity.HigherIsBetter, "'Protection Order'")]
    [InlineData(33, Polarity.HigherIsBetter, "'feel safe'")]
    [InlineData(38, Polarity.HigherIsBetter, "'referrals to Victim Support'")]
    [InlineData(47, Polarity.HigherIsBetter, "'confidence'")]
    public void Audit_Reference_InfersPolarity(int line, Polarity polarity, string basis)
    {
        var profile = Report.Indicators.Single(audit => audit.Indicator.Line == line).Profile;

        Assert.Equal(polarity, profile.Polarity);
        Assert.Contains(basis, profile.PolarityBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Reference_ReadsDurationsInSeconds()
    {
        var wait = Report.Indicators.Single(audit => audit.Indicator.Line == 11);

        Assert.Equal([420m, 614m, 518m], wait.Values.Select(value => value!.Value.Value));
        Assert.Equal(-96m, wait.NumberDifference!.Value.Value);
    }

    [Fact]
    public void Audit_Reference_ReadsDirections()
    {
        var directions = Report.Indicators.Select(audit => audit.Direction).ToList();

        Assert.Equal(24, directions.Count(direction => direction == Direction.Improving));
        Assert.Equal(5, directions.Count(direction => direction == Direction.Stable));
        Assert.Equal(10, directions.Count(direction => direction == Direction.Deteriorating));
    }
}
