@echo off
rem Runs Disclosure Rollup (the same commands as java -jar target\disclosure-rollup.jar ...) with the JIT's first tier
rem only, which starts a command-line run in about half the processor time (see docs\development.md, "Performance").
rem ROLLUP_JAR: the jar to run; JAVA_HOME: the Java 17+ to use; JAVA_OPTS: more JVM options.
setlocal
if not defined ROLLUP_JAR set "ROLLUP_JAR=%~dp0..\target\disclosure-rollup.jar"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
if not exist "%ROLLUP_JAR%" (
  echo %ROLLUP_JAR% not found: build it first with mvnw.cmd -B -q -DskipTests package 1>&2
  exit /b 2
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%ROLLUP_JAR%" %*
exit /b %ERRORLEVEL%
