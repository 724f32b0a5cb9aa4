using System.Buffers;
using System.Text;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Every rule's wording fragments, numbered, with one pass over a reply that finds all of them at once: a reply is
/// read once however many rules look at its words.
/// </summary>
/// <remarks>
/// <para>Matching is case-insensitive and ordinal, as <see cref="StringComparison.OrdinalIgnoreCase"/> is under
/// invariant globalization: ASCII letters fold, and no non-ASCII character equals an ASCII one.</para>
/// <para>Each position of the text is looked up by the four characters starting there, case folded: only the
/// fragments that start with those four are compared (with hundreds of fragments, three let too many positions
/// through). One multi-string <see cref="SearchValues{T}"/> over all fragments was three times slower: its prefilter
/// lets most positions through. Fragments shorter than four characters or not ASCII (the table has few) are searched
/// one by one.</para>
/// </remarks>
internal sealed class FragmentTable
{
    private const int HashBits = 12;
    private const int KeyLength = 4;
    private const int KeyMask = (1 << 28) - 1; // four 7-bit characters

    private readonly string[] _fragments;
    private readonly Dictionary<string, int> _ids;
    // Per hash bucket, the fragments whose first four characters hash there, each with those four characters as a key:
    // a position whose key differs (a mere hash collision) is passed over without comparing any text.
    private readonly (int Key, int Id)[][] _byKey = new (int, int)[1 << HashBits][];
    private readonly (int Id, SearchValues<string> Search)[] _searchedAlone;

    public FragmentTable(IEnumerable<string> fragments)
    {
        _ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<string>();
        foreach (var fragment in fragments)
        {
            if (_ids.TryAdd(fragment, distinct.Count)) distinct.Add(fragment);
        }
        _fragments = [.. distinct];

        var buckets = new List<(int, int)>?[_byKey.Length];
        var alone = new List<(int, SearchValues<string>)>();
        for (var id = 0; id < _fragments.Length; id++)
        {
            var fragment = _fragments[id];
            if (fragment.Length < KeyLength || !Ascii.IsValid(fragment))
            {
                alone.Add((id, SearchValues.Create([fragment], StringComparison.OrdinalIgnoreCase)));
                continue;
            }
            var key = (Fold(fragment[0]) << 21) | (Fold(fragment[1]) << 14) | (Fold(fragment[2]) << 7) | Fold(fragment[3]);
            (buckets[Hash(key)] ??= []).Add((key, id));
        }
        for (var b = 0; b < buckets.Length; b++) _byKey[b] = buckets[b]?.ToArray() ?? [];
        _searchedAlone = [.. alone];
    }

    /// <summary>The number of a fragment (case-insensitive); -1 when the table does not hold it.</summary>
    public int IdOf(string fragment) => _ids.TryGetValue(fragment, out var id) ? id : -1;

    /// <summary>The fragments occurring in <paramref name="text"/>, as a bit set indexed by id; null when none does.</summary>
    public ulong[]? FindAll(ReadOnlySpan<char> text)
    {
        ulong[]? found = null;
        var key = 0;
        var run = 0; // ASCII characters in a row up to here
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128)
            {
                run = 0;
                continue;
            }
            key = ((key << 7) | Fold(c)) & KeyMask;
            if (++run < KeyLength) continue;
            var candidates = _byKey[Hash(key)];
            if (candidates.Length == 0) continue;
            var start = text[(i - KeyLength + 1)..];
            foreach (var (candidateKey, id) in candidates)
            {
                if (candidateKey != key) continue;
                var fragment = _fragments[id];
                if (fragment.Length <= start.Length && Ascii.EqualsIgnoreCase(start[..fragment.Length], fragment))
                    Mark(ref found, id);
            }
        }
        foreach (var (id, search) in _searchedAlone)
        {
            if (text.IndexOfAny(search) >= 0) Mark(ref found, id);
        }
        return found;
    }

    /// <summary>True when <paramref name="found"/> (from <see cref="FindAll"/>) holds any of <paramref name="ids"/>.</summary>
    public static bool HoldsAny(ulong[]? found, int[] ids)
    {
        if (found is null) return false;
        foreach (var id in ids)
        {
            if ((found[id >> 6] & (1UL << (id & 63))) != 0) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="found"/> holds every one of <paramref name="ids"/> (a wording of several parts).</summary>
    public static bool HoldsAll(ulong[] found, int[] ids)
    {
        foreach (var id in ids)
        {
            if ((found[id >> 6] & (1UL << (id & 63))) == 0) return false;
        }
        return true;
    }

    /// <summary>The number of distinct fragments.</summary>
    public int Count => _fragments.Length;

    private void Mark(ref ulong[]? found, int id)
    {
        found ??= new ulong[(_fragments.Length + 63) / 64];
        found[id >> 6] |= 1UL << (id & 63);
    }

    private static int Fold(char c) => c is >= 'a' and <= 'z' ? c - 32 : c;

    private static int Hash(int key) => (int)(((uint)key * 0x9E3779B1u) >> (32 - HashBits));
}
