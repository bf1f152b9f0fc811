using Scorecard.Core.Outcomes;

namespace Scorecard.Core.Tests.Outcomes;

public sealed class PoliceUkOutcomesTests
{
    [Theory]
    [InlineData("Suspect charged", "1", true)]
    [InlineData("Court result unavailable", "1", true)]
    [InlineData("Offender given a caution", "2/3", true)]
    [InlineData("Offender given penalty notice", "6", true)]
    [InlineData("Offender given a drugs possession warning", "7", true)]
    [InlineData("Local resolution", "8", true)]
    [InlineData("Investigation complete; no suspect identified", "18", false)]
    [InlineData("Unable to prosecute suspect", "15/16", false)]
    [InlineData("Status update unavailable", null, false)]
    public void Find_Category_MapsToHomeOfficeType(string category, string? type, bool solved)
    {
        var outcome = PoliceUkOutcomes.Find(category);

        Assert.NotNull(outcome);
        Assert.Equal(type, outcome.HomeOfficeType);
        Assert.Equal(solved, outcome.IsSolved);
    }

    [Fact]
    public void Find_Unknown_IsNull()
    {
        Assert.Null(PoliceUkOutcomes.Find("Sent to the moon"));
    }

    [Fact]
    public void All_SolvedTypes_AreInSolvedSet()
    {
        foreach (var outcome in PoliceUkOutcomes.All.Where(outcome => outcome.IsSolved))
        {
            Assert.Contains(outcome.HomeOfficeType!, SolvedOutcomeTypes.All);
        }
    }

    [Fact]
    public void CrimeTypes_AreFourteenAndCaseInsensitive()
    {
        Assert.Equal(14, PoliceUkCrimeTypes.All.Count);
        Assert.Equal("Violence and sexual offences", PoliceUkCrimeTypes.Canonical("violence and sexual offences"));
        Assert.Null(PoliceUkCrimeTypes.Canonical("Burglery"));
    }
}
