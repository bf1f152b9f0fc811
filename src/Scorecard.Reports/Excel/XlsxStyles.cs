using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Excel;

/// <summary>Cell styles of the scorecard workbook: indices into the stylesheet's cell formats.</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Title,
    Subtitle,
    Header,
    HeaderNumber,
    PriorityBand,
    Label,
    Count,
    Decimal,
    Duration,
    TextNumber,
    Improving,
    Stable,
    Deteriorating,
    NotAvailable,
    IntervalLabel,
    IntervalNumber,
    IntervalText,
    Marker,
    Wrapped,
    SectionHeading,
    Month,
    PlainCount,
    PlainDecimal,
    PlainDuration,
    ColumnHeading,
    ColumnHeadingNumber,
}

/// <summary>
/// The stylesheet of the scorecard workbook. Colours match the HTML page: a dark blue header with
/// white text, light blue priority bands, and direction cells whose words carry the meaning, with
/// each text colour at least 4.5:1 against its fill.
/// </summary>
internal static class XlsxStyles
{
    /// <summary>Number format of counts: whole numbers with thousands separators (built-in format 3).</summary>
    public const string CountFormat = "#,##0";

    /// <summary>Number format of percentages, scores, days, rates and % differences: one decimal.</summary>
    public const string DecimalFormat = "0.0";

    /// <summary>Number format of durations stored as fractions of a day: minutes past 59 keep counting.</summary>
    public const string DurationFormat = "[mm]:ss";

    /// <summary>Number format of month cells.</summary>
    public const string MonthFormat = "mmm yyyy";

    private const uint CountFormatId = 3;
    private const uint DecimalFormatId = 164;
    private const uint DurationFormatId = 165;
    private const uint MonthFormatId = 166;

    private const string FontName = "Arial";
    private const string BorderColour = "FF9AA5B1";

    /// <summary>Returns the style of a value or difference in <paramref name="unit"/>.</summary>
    public static XlsxStyle ForUnit(Unit unit, bool plain = false) => unit switch
    {
        Unit.Count => plain ? XlsxStyle.PlainCount : XlsxStyle.Count,
        Unit.DurationSeconds => plain ? XlsxStyle.PlainDuration : XlsxStyle.Duration,
        _ => plain ? XlsxStyle.PlainDecimal : XlsxStyle.Decimal,
    };

    /// <summary>Returns the style of a direction cell.</summary>
    public static XlsxStyle ForDirection(Direction direction) => direction switch
    {
        Direction.Improving => XlsxStyle.Improving,
        Direction.Stable => XlsxStyle.Stable,
        Direction.Deteriorating => XlsxStyle.Deteriorating,
        _ => XlsxStyle.NotAvailable,
    };

    /// <summary>Builds the stylesheet; the order of cell formats follows <see cref="XlsxStyle"/>.</summary>
    public static Stylesheet Build()
    {
        var directions = new[] { Direction.Improving, Direction.Stable, Direction.Deteriorating, Direction.NotAvailable }
            .Select(DirectionStyle.For)
            .ToList();

        // Fonts: 0 normal, 1 bold, 2 bold white, 3 italic, 4 title, 5 to 8 bold direction colours, 9 grey.
        var fonts = new Fonts(
            Font(),
            Font(bold: true),
            Font(bold: true, colour: "FFFFFFFF"),
            Font(italic: true),
            Font(bold: true, size: 14),
            Font(bold: true, colour: Argb(directions[0].TextColour)),
            Font(bold: true, colour: Argb(directions[1].TextColour)),
            Font(bold: true, colour: Argb(directions[2].TextColour)),
            Font(bold: true, colour: Argb(directions[3].TextColour)),
            Font(colour: "FF3B3B3B"));

        // Fills: 0 and 1 are required by Excel; 2 header, 3 priority band, 4 to 7 direction backgrounds.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FF1F3A5F"),
            Solid("FFE3EAF3"),
            Solid(Argb(directions[0].BackgroundColour)),
            Solid(Argb(directions[1].BackgroundColour)),
            Solid(Argb(directions[2].BackgroundColour)),
            Solid(Argb(directions[3].BackgroundColour)));

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), Edge<BottomBorder>(), new DiagonalBorder()));

        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = DecimalFormat },
            new NumberingFormat { NumberFormatId = DurationFormatId, FormatCode = DurationFormat },
            new NumberingFormat { NumberFormatId = MonthFormatId, FormatCode = MonthFormat });

        var cellFormats = new CellFormats(
            Format(),                                                                       // Default
            Format(font: 4),                                                                // Title
            Format(font: 9),                                                                // Subtitle
            Format(font: 2, fill: 2, border: 1, wrap: true, vertical: VerticalAlignmentValues.Bottom),
            Format(font: 2, fill: 2, border: 1, wrap: true, vertical: VerticalAlignmentValues.Bottom, horizontal: HorizontalAlignmentValues.Right),
            Format(font: 1, fill: 3, border: 1, vertical: VerticalAlignmentValues.Center),  // PriorityBand
            Format(border: 1, wrap: true),                                                  // Label
            Format(border: 1, numberFormat: CountFormatId),                                 // Count
            Format(border: 1, numberFormat: DecimalFormatId),                               // Decimal
            Format(border: 1, numberFormat: DurationFormatId),                              // Duration
            Format(border: 1, horizontal: HorizontalAlignmentValues.Right),                 // TextNumber
            Format(font: 5, fill: 4, border: 1),                                            // Improving
            Format(font: 6, fill: 5, border: 1),                                            // Stable
            Format(font: 7, fill: 6, border: 1),                                            // Deteriorating
            Format(font: 8, fill: 7, border: 1),                                            // NotAvailable
            Format(font: 3, border: 1, wrap: true),                                         // IntervalLabel
            Format(font: 3, border: 1, numberFormat: DecimalFormatId),                      // IntervalNumber
            Format(font: 3, border: 1, horizontal: HorizontalAlignmentValues.Right),        // IntervalText
            Format(border: 1, horizontal: HorizontalAlignmentValues.Center),                // Marker
            Format(wrap: true),                                                             // Wrapped
            Format(font: 1),                                                                // SectionHeading
            Format(numberFormat: MonthFormatId, horizontal: HorizontalAlignmentValues.Left), // Month
            Format(numberFormat: CountFormatId),                                            // PlainCount
            Format(numberFormat: DecimalFormatId),                                          // PlainDecimal
            Format(numberFormat: DurationFormatId),                                         // PlainDuration
            Format(font: 1, border: 2, wrap: true, vertical: VerticalAlignmentValues.Bottom), // ColumnHeading
            Format(font: 1, border: 2, wrap: true, vertical: VerticalAlignmentValues.Bottom, horizontal: HorizontalAlignmentValues.Right)); // ColumnHeadingNumber

        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), cellFormats);
    }

    private static Font Font(bool bold = false, bool italic = false, string? colour = null, double size = 10)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new Color { Rgb = colour ?? "FF1B1B1B" });
        font.Append(new FontName { Val = FontName });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Edge<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = BorderColour } };

    private static CellFormat Format(
        uint font = 0,
        uint fill = 0,
        uint border = 0,
        uint numberFormat = 0,
        bool wrap = false,
        VerticalAlignmentValues? vertical = null,
        HorizontalAlignmentValues? horizontal = null)
    {
        var format = new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
        };

        format.Append(new Alignment
        {
            WrapText = wrap ? true : null,
            Vertical = vertical ?? VerticalAlignmentValues.Top,
            Horizontal = horizontal,
        });
        format.ApplyAlignment = true;
        return format;
    }

    // "#0b5a1f" -> "FF0B5A1F".
    private static string Argb(string hex) => "FF" + hex.TrimStart('#').ToUpperInvariant();
}
