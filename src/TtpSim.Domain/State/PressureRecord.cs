using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public sealed record PressureRecord(string EventId, HistoricalDate Date, ActorRef By, PressureKind Kind, string Description);

public sealed record ConsultationRecord(string EventId, HistoricalDate Date, ActorRef By, string Forum, string Description);
