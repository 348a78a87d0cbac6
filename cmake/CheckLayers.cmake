# Fails when an #include runs up the layers.
#
#   cmake -DROOT=<source dir> -DLAYERS=common,profile,... -P CheckLayers.cmake
#
# LAYERS are the folders of ROOT/core, lowest first (core/CMakeLists.txt); ui/ stands above
# all of them and app/ above ui/. A file may include headers of its own layer and of the layers
# below it. Core's headers are included by their folder ("storage/Message.h"), which is what is
# checked; ui/ and app/ headers are not on core's include path, so the compiler refuses those.
if(NOT ROOT OR NOT LAYERS)
    message(FATAL_ERROR "usage: cmake -DROOT=DIR -DLAYERS=a,b,c -P CheckLayers.cmake")
endif()
# Commas, since a command line of a build step would split a CMake list into arguments.
string(REPLACE "," ";" LAYERS "${LAYERS}")

set(_layers ${LAYERS})
set(_dirs)
foreach(_layer IN LISTS _layers)
    list(APPEND _dirs "core/${_layer}")
endforeach()
list(APPEND _layers ui app)
list(APPEND _dirs ui app)

set(_violations 0)
set(_checked 0)
list(LENGTH _layers _count)
math(EXPR _last "${_count} - 1")
foreach(_rank RANGE ${_last})
    list(GET _layers ${_rank} _layer)
    list(GET _dirs ${_rank} _dir)
    file(GLOB_RECURSE _files "${ROOT}/${_dir}/*.h" "${ROOT}/${_dir}/*.cpp")
    foreach(_file IN LISTS _files)
        file(STRINGS "${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"/]+/")
        foreach(_line IN LISTS _includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"/]+)/.*" "\\1" _target "${_line}")
            list(FIND LAYERS "${_target}" _targetRank)
            if(_targetRank LESS 0)
                continue() # not a core folder (ui/widgets/, a system header)
            endif()
            math(EXPR _checked "${_checked} + 1")
            if(_targetRank GREATER _rank)
                file(RELATIVE_PATH _where "${ROOT}" "${_file}")
                string(STRIP "${_line}" _line)
                message("${_where}: ${_line}: ${_layer}/ must not include ${_target}/, a layer above it")
                math(EXPR _violations "${_violations} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()

if(_violations GREATER 0)
    message(FATAL_ERROR "${_violations} #include(s) run up the layers (order: ${LAYERS}; then ui, app)")
endif()
message(STATUS "layers: ${_checked} #include(s) between core folders checked, none runs up")
