using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>A disparity row between two sub-groups is the second group's value minus the first's.</summary>
public class DisparityTests
{
    private const string Table =
        SmallTables.Header + "\n"
        + "Priority 5 - Improving support for victims of crime\tPercentage of victims of crime who have confidence\tVictims\t52.7\t60.9\t60.3\t-0.6\t-\tStable\n"
        + "\t\t<i>Confidence Interval</i>\t3.5\t3.0\t3.1\t\t\t\n"
        + "\tPercentage of victims of crime who have confidence\tNon-Victims\t66.1\t75.5\t78.3\t2.8\t-\tImproving\n"
        + "\t\t<i>Confidence Interval</i>\t1.1\t1.0\t1.0\t\t\t\n"
        + "\tPercentage disparity between victims and non-victims\t13.4\t14.6\t18.0\t3.4\t-\tDeteriorating\n";

    private static AuditReport Audit(string tsv) => ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(tsv)));

    // 66.1 - 52.7 = 13.4, 75.5 - 60.9 = 14.6, 78.3 - 60.3 = 18.0.
    [Fact]
    public void Audit_DisparityAgrees_FindsNothing()
    {
        Assert.Empty(Audit(Table).Findings);
    }

    [Fact]
    public void Audit_SubGroups_AreRead()
    {
        var report = Audit(Table);

        Assert.Equal(["Victims", "Non-Victims", null], report.Indicators.Select(audit => audit.Indicator.SubGroup));
    }

    // 78.3 - 60.3 = 18.0; 19.0 is a full point away. Its difference 4.4 = 19.0 - 14.6 stays consistent.
    [Fact]
    public void Audit_DisparityWrong_FindsIt()
    {
        var report = Audit(Table.Replace("\t18.0\t3.4\t", "\t19.0\t4.4\t", StringComparison.Ordinal));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((6, 5), (finding.Line, finding.Column));
        Assert.Equal(("19.0", "18.0"), (finding.Published, finding.Recomputed));
    }
}
