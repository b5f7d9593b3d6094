namespace TtpSim.Storage.Tests;

/// <summary>
/// Event rows exactly as version 1 of TtpSim stored them in mt_events (copied from a database that
/// replayed the baseline before CeasefireDeclared's DeclaredBy was renamed By): the event type name
/// in the type column, and the data column's JSON.
/// </summary>
internal static class StoredByVersion1
{
    public const string DotNetTypePrefix = "TtpSim.Domain.Events.";

    public const string CeasefireDeclaredType = "ceasefire_declared";

    public const string CeasefireEndedType = "ceasefire_ended";

    public const string CeasefireDeclared = """
        {"kind": "Agreed", "meta": {"id": "ttp-ceasefire-2021-11-09", "ordinal": 38, "sources": [{"file": "000_6234cfc52baebb87.txt", "quote": "The TTP has agreed to a month-long ceasefire starting from November 9.", "title": "Negotiating a truce", "outlet": "The News on Sunday", "published": {"end": "2021-11-21", "start": "2021-11-21", "precision": "Day"}}, {"file": "001_02d3eb0bb7cb870f.txt", "quote": "When the 30-day truce period ended on December 9", "title": "Talks With TTP Take Back Seat as Pakistan's Prime Minister Turns Attention to Political Turmoil", "outlet": "The Diplomat (The Pulse)", "published": {"end": "2022-03-31", "start": "2022-03-01", "precision": "Month"}}, {"file": "003_81c8160b4b399958.txt", "quote": "was an agreed one-month ceasefire", "title": "Negotiating with the Pakistani Taliban and its Implications", "outlet": "Institute of South Asian Studies (ISAS), National University of Singapore", "published": {"end": "2021-12-31", "start": "2021-12-01", "precision": "Month"}}, {"file": "004_7d4307d6fb6d98f1.txt", "quote": "The last failed attempt to negotiate with the TTP was in November 2021, when the group declared a month-long ceasefire.", "title": "Pakistan Agrees to Release 30 TTP Militants Following Taliban-Brokered Ceasefire Deal", "outlet": "Unattributed web article (image credit CGTN)", "published": {"end": "2022-05-19", "start": "2022-05-19", "precision": "Day"}}], "occurred": {"end": "2021-11-09", "start": "2021-11-09", "precision": "Day"}, "knownFrom": "2021-11-09"}, "cameo": {"code": "0871", "label": "Declare truce, ceasefire"}, "scope": {"id": "ttp", "kind": "Militant", "name": "TTP", "partOf": []}, "typeName": "CeasefireDeclared", "declaredBy": {"id": "ttp", "kind": "Militant", "name": "TTP", "partOf": []}, "ceasefireId": "ceasefire-ttp-2021-11", "scheduledEnd": "2021-12-09"}
        """;

    public const string CeasefireEnded = """
        {"by": {"id": "ttp", "kind": "Militant", "name": "TTP", "partOf": []}, "how": "NotExtended", "meta": {"id": "ttp-ceasefire-ended-2021-12-09", "ordinal": 47, "sources": [{"file": "001_02d3eb0bb7cb870f.txt", "quote": "When the 30-day truce period ended on December 9, the TTP decided not to extend the ceasefire", "title": "Talks With TTP Take Back Seat as Pakistan's Prime Minister Turns Attention to Political Turmoil", "outlet": "The Diplomat (The Pulse)", "published": {"end": "2022-03-31", "start": "2022-03-01", "precision": "Month"}}, {"file": "003_81c8160b4b399958.txt", "quote": "The latest attack occurred after the truce between the Pakistan government and TTP, brokered by the Afghan Taliban and leaders of the Haqqani network, broke down.", "title": "Negotiating with the Pakistani Taliban and its Implications", "outlet": "Institute of South Asian Studies (ISAS), National University of Singapore", "published": {"end": "2021-12-31", "start": "2021-12-01", "precision": "Month"}}, {"file": "004_7d4307d6fb6d98f1.txt", "quote": "It was reported that the failure of the talks was a result of the two sides’ disagreement over the release of TTP militants.", "title": "Pakistan Agrees to Release 30 TTP Militants Following Taliban-Brokered Ceasefire Deal", "outlet": "Unattributed web article (image credit CGTN)", "published": {"end": "2022-05-19", "start": "2022-05-19", "precision": "Day"}}], "occurred": {"end": "2021-12-09", "start": "2021-12-09", "precision": "Day"}, "knownFrom": "2021-12-09"}, "cameo": {"code": "160", "label": "Reduce relations"}, "reason": "The TTP accused the government of failing to honour promises and of raids, killings and detentions of its militants in KP (001); 004 reports the talks failed over the release of TTP militants, although Information Minister Fawad Chaudhry had called the ceasefire extendable, and that attacks rose significantly after the deadline.", "typeName": "CeasefireEnded", "ceasefireId": "ceasefire-ttp-2021-11"}
        """;
}
