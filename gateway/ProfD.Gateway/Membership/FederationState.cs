namespace ProfD.Gateway.Membership;

/// <summary>The current <see cref="FederationSnapshot"/>, swapped whole by the membership refresher.</summary>
internal sealed class FederationState
{
    private FederationSnapshot _current = FederationSnapshot.Empty;

    public FederationSnapshot Current => Volatile.Read(ref _current);

    public void Publish(FederationSnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}
