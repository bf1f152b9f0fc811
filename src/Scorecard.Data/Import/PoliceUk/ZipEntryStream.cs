using System.IO.Compression;
using System.IO.Hashing;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>
/// Reads one zip entry and checks it. .NET's <see cref="ZipArchive"/> does not compare an entry's
/// CRC-32 with the one the archive records (as of .NET 10), so a damaged download would otherwise be
/// read as rows of garbled text. This stream computes the CRC-32 as it reads and throws at the end of
/// the entry when it differs. It also owns the archive, which closes with the stream.
/// </summary>
/// <exception cref="InvalidDataException">
/// Thrown by <see cref="Read(Span{byte})"/> when the entry cannot be decompressed or its checksum differs.
/// The message tells the user to download the archive again, and the caller names the entry.
/// </exception>
internal sealed class ZipEntryStream : Stream
{
    private readonly ZipArchive _archive;
    private readonly Stream _entry;
    private readonly uint _expectedCrc;
    private readonly Crc32 _crc = new();
    private bool _checked;

    private ZipEntryStream(ZipArchive archive, ZipArchiveEntry entry)
    {
        _archive = archive;
        _entry = entry.Open();
        _expectedCrc = entry.Crc32;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Opens <paramref name="entryName"/> in the archive at <paramref name="zipPath"/>.</summary>
    public static ZipEntryStream Open(string zipPath, string entryName)
    {
        var archive = ZipFile.OpenRead(zipPath);
        try
        {
            var entry = archive.GetEntry(entryName)
                ?? throw new InvalidDataException($"'{entryName}' is no longer in '{zipPath}'; the archive changed during the import.");
            return new ZipEntryStream(archive, entry);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _entry.Read(buffer);
        }
        catch (InvalidDataException exception)
        {
            // .NET's own message can mislead, such as "unsupported compression method" for corrupt data, so it stays inner.
            throw Damaged("could not be decompressed", exception);
        }

        _crc.Append(buffer[..read]);
        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            var actual = _crc.GetCurrentHashAsUInt32();
            if (actual != _expectedCrc)
            {
                throw Damaged($"has the CRC-32 checksum {actual:x8}, but the archive records {_expectedCrc:x8}", null);
            }
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _entry.Dispose();
            _archive.Dispose();
        }

        base.Dispose(disposing);
    }

    private static InvalidDataException Damaged(string reason, Exception? inner) =>
        new($"The zip archive is damaged, because this file in it {reason}. Download the archive again from police.uk.", inner);
}
