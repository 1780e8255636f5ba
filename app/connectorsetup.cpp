#include "connectorsetup.h"

#include "connector/adapterdeliverybuilder.h"
#include "platforms/platformregistry.h"

namespace ConvStudio {

const PlatformRegistry &installDeliveryBuilder()
{
    static PlatformRegistry *registry = [] {
        auto *r = new PlatformRegistry; // lives as long as the process: the builder refers to it
        r->addBuiltins();
        DeliveryQueue::setDefaultBuilder(AdapterDeliveryBuilder::make(*r));
        return r;
    }();
    return *registry;
}

} // namespace ConvStudio
