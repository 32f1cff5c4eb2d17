namespace System;

/// <summary>
/// Combines hash codes (a small stand-in for the framework's <c>System.HashCode</c>, which netstandard2.0
/// lacks). Hash codes are only compared within one process, so any good mixing will do.
/// </summary>
internal struct HashCode
{
    private int hash;
    private bool started;

    public static int Combine<T1, T2>(T1 a, T2 b)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3>(T1 a, T2 b, T3 c)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        hash.Add(c);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4>(T1 a, T2 b, T3 c, T4 d)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        hash.Add(c);
        hash.Add(d);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4, T5>(T1 a, T2 b, T3 c, T4 d, T5 e)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        hash.Add(c);
        hash.Add(d);
        hash.Add(e);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4, T5, T6>(T1 a, T2 b, T3 c, T4 d, T5 e, T6 f)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        hash.Add(c);
        hash.Add(d);
        hash.Add(e);
        hash.Add(f);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 a, T2 b, T3 c, T4 d, T5 e, T6 f, T7 g)
    {
        var hash = default(HashCode);
        hash.Add(a);
        hash.Add(b);
        hash.Add(c);
        hash.Add(d);
        hash.Add(e);
        hash.Add(f);
        hash.Add(g);
        return hash.ToHashCode();
    }

    public void Add<T>(T value)
    {
        int item = value is null ? 0 : value.GetHashCode();
        hash = started ? unchecked((hash * -1521134295) + item) : item ^ 0x2D2816FE;
        started = true;
    }

    public readonly int ToHashCode() => hash;
}
