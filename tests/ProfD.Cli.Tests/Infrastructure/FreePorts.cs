using System.Net;
using System.Net.Sockets;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 that nothing listens on right now, outside the range the kernel hands out by itself.</summary>
public static class FreePorts
{
    /// <summary>The first of <paramref name="count"/> consecutive free ports.</summary>
    public static int Range(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            // Below Linux's ephemeral range (32768+), so an outgoing connection cannot take the port meanwhile.
            var first = Random.Shared.Next(20000, 32000 - count);
            if (Enumerable.Range(first, count).All(IsFree)) return first;
        }
        throw new InvalidOperationException($"No {count} consecutive free ports found on 127.0.0.1.");
    }

    /// <summary>One free port.</summary>
    public static int One() => Range(1);

    private static bool IsFree(int port)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
