#pragma once

/** Great-circle distance in kilometres between two WGS84 points (haversine, mean radius). */
double greatCircleKm(double lat1, double lon1, double lat2, double lon2);
