#pragma once

/** Tunables of the route planner (config `routing.*`). */
struct RoutingSettings
{
    /** Envoy's overprovisioning factor: a priority level whose healthy share × this factor is
     *  below 100 % spills the rest of its traffic to the next level. */
    double overprovisioningFactor = 1.4;
};
