#pragma once

namespace ConvStudio {

class PlatformRegistry;

// The platform adapters of this process, and the outbox's delivery builder made of them: once
// installed, every conversion the store keeps for an enabled rule is queued for its platforms.
const PlatformRegistry &installDeliveryBuilder();

} // namespace ConvStudio
