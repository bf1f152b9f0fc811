using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using nietras.SeparatedValues;

namespace Scorecard.Bench;

/// <summary>The machine and software a benchmark ran on, read from /proc and the loaded assemblies.</summary>
internal static class MachineInfo
{
    /// <summary>Returns label and value pairs for the report header.</summary>
    public static IReadOnlyList<(string Label, string Value)> Describe() =>
    [
        ("CPU", CpuModel()),
        ("Logical cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("Memory", MemoryTotal()),
        ("OS", $"{OperatingSystem()} (kernel {Environment.OSVersion.Version})"),
        (".NET", RuntimeInformation.FrameworkDescription),
        ("DuckDB", ImportMethods.DuckDbVersion()),
        ("DuckDB.NET.Data", InformationalVersion(typeof(DuckDBConnection).Assembly)),
        ("Sep", InformationalVersion(typeof(Sep).Assembly)),
    ];

    /// <summary>Returns the 1, 5 and 15 minute load averages, as /proc/loadavg gives them.</summary>
    public static string LoadAverage()
    {
        var fields = ReadOrEmpty("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]}" : "unknown";
    }

    private static string CpuModel() =>
        ReadOrEmpty("/proc/cpuinfo").Split('\n')
            .Where(line => line.StartsWith("model name", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':') + 1)..].Trim())
            .FirstOrDefault() ?? "unknown";

    private static string MemoryTotal()
    {
        var line = ReadOrEmpty("/proc/meminfo").Split('\n').FirstOrDefault(text => text.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? "unknown" : $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / (1024.0 * 1024.0):0.0} GiB";
    }

    private static string OperatingSystem()
    {
        var line = ReadOrEmpty("/etc/os-release").Split('\n').FirstOrDefault(text => text.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.OSDescription : line["PRETTY_NAME=".Length..].Trim('"');
    }

    // Drops the "+commit" suffix of informational versions, because readers of the results compare version numbers.
    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
