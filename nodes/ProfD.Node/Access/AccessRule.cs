namespace ProfD.Node.Access;

/// <summary>
/// A named decision over who may resolve a field or see an object, attached to fields and types as metadata and
/// enforced in one place, <see cref="NodeAccessMiddleware"/>.
/// </summary>
internal sealed class AccessRule
{
    private readonly Func<AccessCheck, ValueTask<bool>> _allows;

    public AccessRule(string name, Func<AccessCheck, ValueTask<bool>> allows)
    {
        Name = name;
        _allows = allows;
    }

    public AccessRule(string name, Func<AccessCheck, bool> allows)
        : this(name, check => ValueTask.FromResult(allows(check)))
    {
    }

    /// <summary>Who the rule lets in, as docs/security.md says it.</summary>
    public string Name { get; }

    public ValueTask<bool> AllowsAsync(AccessCheck check) => _allows(check);

    public AccessRule Or(AccessRule other) =>
        new($"{Name} or {other.Name}", async check => await AllowsAsync(check) || await other.AllowsAsync(check));

    public override string ToString() => Name;
}
