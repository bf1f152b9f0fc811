namespace Scorecard.Reports.Charts;

/// <summary>Size and labels of an SPC chart image.</summary>
public sealed record SpcChartOptions
{
    /// <summary>Options with every default: 1000 x 600 pixels, "Value" on the vertical axis and a monthly series.</summary>
    public static SpcChartOptions Default { get; } = new();

    /// <summary>Image width in pixels; the SVG uses the same number of user units.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; init; } = 600;

    /// <summary>Label of the vertical axis, such as "Crimes per month".</summary>
    public string ValueLabel { get; init; } = "Value";

    /// <summary>Legend name of the line through the values, such as "12-month total"; "Monthly value" by default.</summary>
    public string SeriesLabel { get; init; } = Core.Spc.SeriesLabel.Monthly;

    /// <summary>
    /// Sentences shown first under the chart, such as a caution about rolling values and why months
    /// have no value, in place of the note that names the months with no data. Null, the default,
    /// keeps that note.
    /// </summary>
    public IReadOnlyList<string>? SeriesNotes { get; init; }
}
