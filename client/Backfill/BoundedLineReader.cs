using System.Text;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Reads lines with a ceiling on their length: a longer line is consumed block by block and reported as too
/// long, never held in memory, so one absurd line cannot exhaust the client. Invalid bytes for the file's
/// encoding arrive as U+FFFD (the decoder's replacement) and are reported by the caller, per line.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _pos, _end;
    private bool _skipLineFeed;

    public int MaxLength => maxLength;

    /// <summary>The number of the line last returned (1-based).</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line, or null at the end; <paramref name="tooLong"/> is set when it was cut off unread (the text is then empty).</summary>
    public string? ReadLine(out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        bool any = false;
        while (true)
        {
            if (_pos == _end && !Fill()) break;
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_pos] == '\n') { _pos++; continue; }
            }
            any = true;
            var span = _buffer.AsSpan(_pos, _end - _pos);
            int eol = span.IndexOfAny('\n', '\r');
            int take = eol < 0 ? span.Length : eol;
            if (!tooLong)
            {
                if (_line.Length + take > maxLength) { tooLong = true; _line.Clear(); }
                else _line.Append(span[..take]);
            }
            _pos += take;
            if (eol < 0) continue;
            _skipLineFeed = _buffer[_pos] == '\r';
            _pos++;
            return Finish(tooLong);
        }
        return any || _line.Length > 0 ? Finish(tooLong) : null;
    }

    private string Finish(bool tooLong)
    {
        LineNumber++;
        return tooLong ? string.Empty : _line.ToString();
    }

    private bool Fill()
    {
        _end = reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        return _end > 0;
    }
}
