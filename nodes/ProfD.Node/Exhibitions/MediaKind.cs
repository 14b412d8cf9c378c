namespace ProfD.Node.Exhibitions;

internal enum MediaKind
{
    Video,
    Audio,
    Image,
    Document,
    Link,
    Text,
}
