namespace Scorecard.Reports.Charts;

/// <summary>Size and labels of an SPC chart image.</summary>
public sealed record SpcChartOptions
{
    /// <summary>Options with every default: 1000 x 600 pixels and "Value" on the vertical axis.</summary>
    public static SpcChartOptions Default { get; } = new();

    /// <summary>Image width in pixels; the SVG uses the same number of user units.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; init; } = 600;

    /// <summary>Label of the vertical axis, such as "Crimes per month".</summary>
    public string ValueLabel { get; init; } = "Value";
}
