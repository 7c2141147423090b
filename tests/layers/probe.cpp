// Compiled with one layer's include view and PROBE_HEADER set to a header of another layer, by
// tests/layers/CMakeLists.txt; whether it compiles is the test.
#include PROBE_HEADER

int rpLayerProbe = 0;
