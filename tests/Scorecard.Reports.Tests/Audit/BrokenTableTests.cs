using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>The small table with one figure or one cell broken at a time; each must give exactly the right finding.</summary>
public class BrokenTableTests
{
    private static AuditReport Audit(string tsv) => ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(tsv)));

    [Fact]
    public void Audit_IntactTable_FindsNothing()
    {
        var report = Audit(SmallTables.Tsv);

        Assert.Empty(report.Findings);
        Assert.Equal(0, report.ExitCode);
    }

    [Fact]
    public void Audit_IntactTable_ReadsEveryRow()
    {
        var report = Audit(SmallTables.Tsv);

        Assert.Equal([2, 3, 4, 5, 7], report.Indicators.Select(audit => audit.Indicator.Line));
        Assert.Equal(6, report.Indicators[3].Indicator.Interval?.Line);
    }

    // 14 to 17 is +3; -3 is previous minus current.
    [Fact]
    public void Audit_WrongSign_FindsSignReversed()
    {
        var report = Audit(SmallTables.TsvWith("\t17\t3\t21.4\t", "\t17\t-3\t21.4\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.SignReversed, finding.Cause);
        Assert.Equal((2, 6), (finding.Line, finding.Column));
        Assert.Equal(("-3", "3"), (finding.Published, finding.Recomputed));
        Assert.Equal(1, report.ExitCode);
    }

    // 3 / 14 x 100 = 21.43; -21.4 has the sign of previous minus current.
    [Fact]
    public void Audit_WrongPercentSign_FindsSignReversed()
    {
        var report = Audit(SmallTables.TsvWith("\t3\t21.4\t", "\t3\t-21.4\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.SignReversed, finding.Cause);
        Assert.Equal((2, 7), (finding.Line, finding.Column));
    }

    // Homicides rose from 14 to 17 and lower is better, so Improving contradicts the polarity.
    [Fact]
    public void Audit_DirectionFlipped_FindsPolarityContradiction()
    {
        var report = Audit(SmallTables.TsvWith("21.4\tDeteriorating", "21.4\tImproving"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.DirectionContradictsPolarity, finding.Cause);
        Assert.Equal((2, 8), (finding.Line, finding.Column));
        Assert.Equal(("Improving", "Deteriorating"), (finding.Published, finding.Recomputed));
        Assert.Contains("lower is better", finding.Explanation, StringComparison.Ordinal);
    }

    // Online reports rose and higher is better: Deteriorating contradicts 'online reports'.
    [Fact]
    public void Audit_HigherIsBetterFlipped_NamesTriggerWords()
    {
        var report = Audit(SmallTables.TsvWith("12.5\tImproving", "12.5\tDeteriorating"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.DirectionContradictsPolarity, finding.Cause);
        Assert.Contains("'online reports' in the label", finding.Explanation, StringComparison.Ordinal);
    }

    // 4,604 / 36,952 x 100 = 12.459; 13.5 is 1.0 away, far beyond rounding.
    [Fact]
    public void Audit_PercentOffByOne_FindsUnexplained()
    {
        var report = Audit(SmallTables.TsvWith("\t12.5\t", "\t13.5\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.Unexplained, finding.Cause);
        Assert.Equal((3, 7), (finding.Line, finding.Column));
        Assert.Equal(("13.5", "12.5"), (finding.Published, finding.Recomputed));
    }

    // Counts are exact, so 12.459 can only be shown as 12.5: 12.4 is a discrepancy, not rounding.
    [Fact]
    public void Audit_CountPercentNearMiss_IsDiscrepancy()
    {
        var report = Audit(SmallTables.TsvWith("\t12.5\t", "\t12.4\t"));

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.IsDiscrepancy);
    }

    // 73.5 to 76.1 shown gives 2.6; unrounded values in [73.45, 73.55] and [76.05, 76.15] give [2.5, 2.7].
    [Theory]
    [InlineData("2.5")]
    [InlineData("2.7")]
    public void Audit_PercentagePointsWithinRounding_IsNote(string published)
    {
        var report = Audit(SmallTables.TsvWith("\t76.1\t2.6\t", $"\t76.1\t{published}\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.Rounding, finding.Cause);
        Assert.Equal(0, report.ExitCode);
    }

    // 2.8 is 0.2 from 2.6, outside [2.5, 2.7] even allowing for 2.8 itself being rounded.
    [Fact]
    public void Audit_PercentagePointsBeyondRounding_IsDiscrepancy()
    {
        var report = Audit(SmallTables.TsvWith("\t76.1\t2.6\t", "\t76.1\t2.8\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.Unexplained, finding.Cause);
    }

    // A percentage's change is in percentage points; its % difference must be '-'.
    [Fact]
    public void Audit_PercentDifferenceForPercentage_ExpectsDash()
    {
        var report = Audit(SmallTables.TsvWith("\t2.6\t-\t", "\t2.6\t3.5\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((5, 7), (finding.Line, finding.Column));
        Assert.Equal("-", finding.Recomputed);
    }

    // 10:14 to 08:38 is -96 s; -01:26 is 10 s out, beyond the 1 s that rounding two times allows.
    [Fact]
    public void Audit_WrongDuration_FindsUnexplained()
    {
        var report = Audit(SmallTables.TsvWith("-01:36", "-01:26"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("-01:26", "-01:36"), (finding.Published, finding.Recomputed));
    }

    // 73.5 +-1.0 (72.5 to 74.5) against 75.0 +-1.0 (74.0 to 76.0) overlap, so Improving is not supported.
    [Fact]
    public void Audit_OverlappingIntervalsImproving_ExpectsStable()
    {
        var report = Audit(SmallTables.TsvWith("\t73.5\t76.1\t2.6\t", "\t73.5\t75.0\t1.5\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.Unexplained, finding.Cause);
        Assert.Equal(("Improving", "Stable"), (finding.Published, finding.Recomputed));
        Assert.Contains("overlap", finding.Explanation, StringComparison.Ordinal);
    }

    // Intervals 72.5 to 74.5 and 75.1 to 77.1 do not overlap; Stable ignores a significant change.
    [Fact]
    public void Audit_SeparateIntervalsStable_ExpectsImproving()
    {
        var report = Audit(SmallTables.TsvWith("2.6\t-\tImproving", "2.6\t-\tStable"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("Stable", "Improving"), (finding.Published, finding.Recomputed));
    }

    // Gap between 73.5 +-1.0 and 75.6 +-1.0 is 0.1, within the 0.2 that rounding four figures allows.
    [Theory]
    [InlineData("Stable")]
    [InlineData("Improving")]
    public void Audit_IntervalsMeetWithinRounding_AcceptsEither(string direction)
    {
        var report = Audit(SmallTables.TsvWith("\t73.5\t76.1\t2.6\t-\tImproving", $"\t73.5\t75.6\t2.1\t-\t{direction}"));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Audit_DifferenceHeaderWrongYear_FindsHeaderFinding()
    {
        var report = Audit(SmallTables.TsvWith("Number Difference 2023/24", "Number Difference 2022/23"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.HeaderWrongYear, finding.Cause);
        Assert.Equal((1, 6), (finding.Line, finding.Column));
    }

    // The export inserted an empty cell after the label: every value sits one column right.
    [Fact]
    public void Audit_RowShiftedRight_FindsMisalignedRow()
    {
        var report = Audit(SmallTables.TsvWith("<sup>2</sup>\t60", "<sup>2</sup>\t\t60"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.MisalignedRow, finding.Cause);
        Assert.Equal((2, 3), (finding.Line, finding.Column));
    }

    [Fact]
    public void Audit_RowShiftedRight_ReadsValuesRealigned()
    {
        var report = Audit(SmallTables.TsvWith("<sup>2</sup>\t60", "<sup>2</sup>\t\t60"));

        var audit = report.Indicators[0];
        Assert.Equal(["60", "14", "17"], audit.Reading.Values.Select(cell => cell.Text));
        Assert.NotNull(audit.Realignment);
    }

    // The export lost the baseline cell: 14 sits under Dec 2019 and the direction under % Difference.
    [Fact]
    public void Audit_RowShiftedLeft_FindsMisalignedRow()
    {
        var report = Audit(SmallTables.TsvWith("<sup>2</sup>\t60\t14", "<sup>2</sup>\t14"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCause.MisalignedRow, finding.Cause);
        Assert.Equal(["", "14", "17"], report.Indicators[0].Reading.Values.Select(cell => cell.Text));
    }

    [Fact]
    public void Audit_UnreadableValue_NamesLineColumnAndValue()
    {
        var report = Audit(SmallTables.TsvWith("\t36,952\t", "\t36,9S2\t"));

        var finding = Assert.Single(report.Findings, candidate => candidate.Published == "'36,9S2'");
        Assert.Equal("line 3, column 4", finding.Location);
        Assert.Contains("is not a number", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_UnknownDirectionWord_NamesValue()
    {
        var report = Audit(SmallTables.TsvWith("-10\t-\tImproving", "-10\t-\tBetter"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((7, 8), (finding.Line, finding.Column));
        Assert.Equal("'Better'", finding.Published);
    }

    [Fact]
    public void Audit_MissingDifference_ExpectsRecomputedValue()
    {
        var report = Audit(SmallTables.TsvWith("\t44\t-10\t", "\t44\t-\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("-10", finding.Recomputed);
    }

    // A dash for a count's % difference is the publisher's choice (dog thefts in the Essex table).
    [Fact]
    public void Audit_CountPercentDash_IsAccepted()
    {
        var report = Audit(SmallTables.TsvWith("\t4,604\t12.5\t", "\t4,604\t-\t"));

        Assert.Empty(report.Findings);
    }

    // 3 to 3 is Stable for an exact count; Improving is a discrepancy.
    [Fact]
    public void Audit_EqualCountsNotStable_IsDiscrepancy()
    {
        var report = Audit(SmallTables.TsvWith("\t57\t54\t44\t-10\t-\tImproving", "\t57\t3\t3\t0\t-\tImproving"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("Stable", finding.Recomputed);
    }

    [Fact]
    public void Audit_IntervalHalfWidthNotNumber_NamesCell()
    {
        var report = Audit(SmallTables.TsvWith("\t1.1\t1.0\t1.0\t", "\t1.1\tn/a\t1.0\t"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((6, 4), (finding.Line, finding.Column));
    }
}
