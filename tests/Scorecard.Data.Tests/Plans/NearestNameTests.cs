using Scorecard.Data.Plans;

namespace Scorecard.Data.Tests.Plans;

public sealed class NearestNameTests
{
    private static readonly string[] IndicatorKeys =
        ["id", "label", "subgroup", "footnotes", "unit", "polarity", "measure", "percent-difference", "direction", "interval", "interval-footnotes", "target", "spc"];

    [Theory]
    [InlineData("polarity", "polarity", 0)]
    [InlineData("Unit", "unit", 0)]
    [InlineData("polarty", "polarity", 1)]
    [InlineData("polarityy", "polarity", 1)]
    [InlineData("polerity", "polarity", 1)]
    [InlineData("lable", "label", 2)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Distance_HandWorkedPairs(string first, string second, int expected)
    {
        Assert.Equal(expected, NearestName.Distance(first, second));
    }

    [Fact]
    public void Distance_IsSymmetric()
    {
        Assert.Equal(NearestName.Distance("kitten", "sitting"), NearestName.Distance("sitting", "kitten"));
    }

    [Theory]
    [InlineData("polarty", "polarity")]
    [InlineData("lable", "label")]
    [InlineData("Label", "label")]
    [InlineData("footnote", "footnotes")]
    [InlineData("interval-footnote", "interval-footnotes")]
    [InlineData("percent", "percent-difference")]
    [InlineData("direction-method", "direction")]
    public void Find_IndicatorKeyTypo_GivesOneKey(string typed, string expected)
    {
        Assert.Equal([expected], NearestName.Find(typed, IndicatorKeys));
    }

    // "unti" is two edits from "unit" (a swap) but one from "until" (an insertion).
    [Fact]
    public void Find_SmallestDistance_Wins()
    {
        Assert.Equal(["until"], NearestName.Find("unti", ["unit", "until"]));
    }

    [Fact]
    public void Find_Tie_GivesBothInOrderGiven()
    {
        Assert.Equal(["cut", "bat"], NearestName.Find("cat", ["cut", "dog", "bat"]));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("threshold")]
    [InlineData("")]
    public void Find_NothingClose_GivesNone(string typed)
    {
        Assert.Empty(NearestName.Find(typed, IndicatorKeys));
    }

    // Two edits would turn "ab" into "id", but that replaces the whole of a two-letter name.
    [Fact]
    public void Find_ShortName_NeedsCloserMatch()
    {
        Assert.Empty(NearestName.Find("ab", ["id"]));
        Assert.Equal(["id"], NearestName.Find("ix", ["id"]));
    }

    [Fact]
    public void Find_PrefixOfTwoNames_GivesNone()
    {
        Assert.Empty(NearestName.Find("inter", ["interval-months", "interval-footnotes"]));
    }

    [Fact]
    public void Find_PrefixTooShort_GivesNone()
    {
        Assert.Empty(NearestName.Find("fo", ["footnotes"]));
    }

    [Fact]
    public void Find_RepeatedName_GivenOnce()
    {
        Assert.Equal(["kind"], NearestName.Find("kimd", ["kind", "returns", "kind"]));
    }

    [Fact]
    public void Suggestion_OneName_AsksAboutIt()
    {
        Assert.Equal("Did you mean 'polarity'?", NearestName.Suggestion("polarty", IndicatorKeys));
    }

    [Fact]
    public void Suggestion_Tie_ListsEveryName()
    {
        Assert.Equal("Did you mean 'bat' or 'cut'?", NearestName.Suggestion("cat", ["bat", "cut"]));
        Assert.Equal("Did you mean 'bat', 'cut' or 'hat'?", NearestName.Suggestion("cat", ["bat", "cut", "hat"]));
    }

    [Fact]
    public void Suggestion_NothingClose_IsNull()
    {
        Assert.Null(NearestName.Suggestion("colour", IndicatorKeys));
    }
}
