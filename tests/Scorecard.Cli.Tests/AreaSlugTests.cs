using Scorecard.Cli.Commands.Chart;

namespace Scorecard.Cli.Tests;

public sealed class AreaSlugTests
{
    [Theory]
    [InlineData("Camden", "camden")]
    [InlineData("Tower Hamlets", "tower-hamlets")]
    [InlineData("Kensington and Chelsea", "kensington-and-chelsea")]
    [InlineData("  Bath & North East Somerset ", "bath-north-east-somerset")]
    [InlineData("St. Albans", "st-albans")]
    [InlineData("King's Lynn and West Norfolk", "king-s-lynn-and-west-norfolk")]
    [InlineData("Ynys Môn", "ynys-môn")]
    [InlineData("Area 51", "area-51")]
    [InlineData("***", "area")]
    public void Of_AreaName_IsLowerCaseWithHyphens(string area, string expected)
    {
        Assert.Equal(expected, AreaSlug.Of(area));
    }

    [Fact]
    public void Unique_SameSlug_NumbersLaterAreas()
    {
        var slugs = AreaSlug.Unique(["St Albans", "St. Albans", "St-Albans", "Stevenage"]);

        Assert.Equal("st-albans", slugs["St Albans"]);
        Assert.Equal("st-albans-2", slugs["St. Albans"]);
        Assert.Equal("st-albans-3", slugs["St-Albans"]);
        Assert.Equal("stevenage", slugs["Stevenage"]);
    }
}
